/**
 * clientFacts(answers): everything the per-platform pages are phrased from, derived once. It extends
 * the Windows checklist's facts (server, key or null, split networks, …) with what the other clients
 * need. Like them it never reads a local user's name or password.
 */
import type { Answers } from '../../domain/answers';
import { PPP_TYPES, type PppType } from '../../domain/options';
import { checklistFacts } from '../windows/checklist';
import type { ChecklistFacts } from '../windows/checklist-types';
import { espProposal, ikeProposal } from './proposals';

export interface ClientFacts extends ChecklistFacts {
  /** The PPP types enabled on the ASA (all five, unlike the Windows boxes). */
  ppp: Record<PppType, boolean>;
  /** strongSwan-style proposals from steps 8/9; null when not expressible. */
  ikeProposal: string | null;
  espProposal: string | null;
  /** Whole seconds, or null when empty or not a number (the ASA default applies). */
  ikeLifetime: number | null;
  saLifetime: number | null;
}

const seconds = (value: unknown): number | null =>
  typeof value === 'string' && /^\s*[0-9]{1,10}\s*$/.test(value) ? Number(value) : null;

export function clientFacts(answers: Answers): ClientFacts {
  const ppp = answers.remoteAccessClient?.ppp;
  return {
    ...checklistFacts(answers),
    ppp: Object.fromEntries(PPP_TYPES.map(([key]) => [key, ppp?.[key] === true])) as Record<
      PppType,
      boolean
    >,
    ikeProposal: ikeProposal(answers),
    espProposal: espProposal(answers),
    ikeLifetime: seconds(answers.ikePolicy?.lifetime),
    saLifetime: seconds(answers.transformSet?.saLifetime),
  };
}
