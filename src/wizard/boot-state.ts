/**
 * What the wizard starts with: the restored draft (with a notice that secrets must be entered
 * again, and their steps marked), or the defaults (with a notice if a draft had to be discarded).
 */
import type { Answers, StepId } from '../domain/answers';
import { defaultAnswers } from '../domain/defaults';
import { validateAnswers } from '../domain/validate';
import { msg, type Msg } from '../i18n/catalogue';
import type { NoticeTone } from '../ui/notice';
import { loadDraft } from './draft-storage';
import { stepsMissingSecrets } from './secret-steps';
import type { NoticeItem } from './wizard-context';

export interface BootState {
  answers: Answers;
  rememberSecrets: boolean;
  visited: Set<StepId>;
  notices: NoticeItem[];
  /** True when nothing was restored: no draft is written until the user does something. */
  pristine: boolean;
}

/** localStorage, or undefined where the browser refuses it (privacy modes, sandboxed frames). */
export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

let nextNoticeId = 1;
export const notice = (
  tone: NoticeTone,
  text: Msg | string,
  details?: readonly (Msg | string)[],
): NoticeItem => ({
  id: nextNoticeId++,
  tone,
  text,
  ...(details && details.length > 0 ? { details } : {}),
});

export function bootState(): BootState {
  const loaded = loadDraft(browserStorage());
  if (loaded.kind === 'restored') {
    const { answers, rememberSecrets, visited } = loaded.draft;
    const missing = stepsMissingSecrets(validateAnswers(answers));
    return {
      answers,
      rememberSecrets,
      visited: new Set<StepId>([...visited, ...missing]),
      notices: rememberSecrets ? [] : [notice('info', msg('chrome.notice.draftRestored'))],
      pristine: false,
    };
  }
  return {
    answers: defaultAnswers(),
    rememberSecrets: false,
    visited: new Set<StepId>(),
    notices:
      loaded.kind === 'discarded'
        ? [notice('warning', msg('chrome.notice.draftDiscarded', { reason: loaded.reason }))]
        : [],
    pristine: true,
  };
}
