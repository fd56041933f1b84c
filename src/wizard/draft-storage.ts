/**
 * The draft in localStorage: the answers without secrets (unless the user ticked "Remember secrets
 * on this computer"), which steps the user has been through, and that choice itself. The key and
 * the stored `version` are versioned; a draft that cannot be read, is from another version (under
 * this key or an older one) or no longer fits the model is discarded with a reason the wizard
 * shows, never a blank page. Version 1 is the first published format, so there is nothing to
 * migrate yet: a future version adds its migration from 1 here instead of discarding.
 */
import { STEPS, type Answers, type StepId } from '../domain/answers';
import { stripSecrets } from '../domain/secrets';
import { msg, type Msg } from '../i18n/catalogue';
import { DRAFT_KEY, DRAFT_KEY_PREFIX, DRAFT_VERSION } from './browser-keys';
import { readAnswers } from './read-answers';

export interface Draft {
  answers: Answers;
  rememberSecrets: boolean;
  visited: StepId[];
}

export type DraftLoad =
  { kind: 'none' } | { kind: 'restored'; draft: Draft } | { kind: 'discarded'; reason: Msg };

const STEP_IDS = new Set<string>(STEPS.map((step) => step.id));

/** Why a draft was discarded: the clause of 'Your saved draft was discarded because {reason}.' */
const OLDER = msg('chrome.draft.reason.older');
const NEWER = msg('chrome.draft.reason.newer');
const UNREADABLE = msg('chrome.draft.reason.unreadable');

/** Draft keys other versions wrote (e.g. an unversioned 'asa-l2tp-wizard:draft'). */
function otherVersionKeys(storage: Storage): string[] {
  const keys: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key !== null && key !== DRAFT_KEY && key.startsWith(DRAFT_KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

export function loadDraft(storage: Storage | undefined): DraftLoad {
  let text: string | null;
  let others: string[];
  try {
    text = storage?.getItem(DRAFT_KEY) ?? null;
    others = storage ? otherVersionKeys(storage) : [];
    for (const key of others) storage?.removeItem(key);
  } catch {
    return { kind: 'none' };
  }
  if (text === null)
    return others.length > 0 ? { kind: 'discarded', reason: OLDER } : { kind: 'none' };
  const discard = (reason: Msg): DraftLoad => {
    clearDraft(storage);
    return { kind: 'discarded', reason };
  };
  let stored: unknown;
  try {
    stored = JSON.parse(text);
  } catch {
    return discard(UNREADABLE);
  }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
    return discard(UNREADABLE);
  }
  const { version, answers, rememberSecrets, visited } = stored as Record<string, unknown>;
  if (version !== DRAFT_VERSION) {
    return discard(typeof version === 'number' && version > DRAFT_VERSION ? NEWER : OLDER);
  }
  const read = readAnswers(answers);
  if (!read.ok) return discard(msg('chrome.draft.reason.format'));
  return {
    kind: 'restored',
    draft: {
      answers: read.answers,
      rememberSecrets: rememberSecrets === true,
      visited: Array.isArray(visited)
        ? visited.filter((id): id is StepId => typeof id === 'string' && STEP_IDS.has(id))
        : [],
    },
  };
}

export function saveDraft(storage: Storage | undefined, draft: Draft): void {
  const answers = draft.rememberSecrets ? draft.answers : stripSecrets(draft.answers);
  const stored = {
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    rememberSecrets: draft.rememberSecrets,
    visited: draft.visited,
    answers,
  };
  try {
    storage?.setItem(DRAFT_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled (private mode): the wizard keeps working from memory.
  }
}

export function clearDraft(storage: Storage | undefined): void {
  try {
    storage?.removeItem(DRAFT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}
