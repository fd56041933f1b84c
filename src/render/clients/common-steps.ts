/** Phrases shared by the non-Windows platform pages, so all of them say the same thing. */
import { networkListText } from '../windows/checklist-summary';
import type { ChecklistFacts } from '../windows/checklist-types';

/** The split networks as a list, or a stand-in while the administrator has listed none. */
export function networksText(facts: ChecklistFacts): string {
  return networkListText(facts.splitTunnel?.networks ?? []);
}

/** "in 192.168.1.1–192.168.1.254", or a generic phrase when the pool fields are empty. */
export function poolText(facts: ChecklistFacts): string {
  return facts.poolRange === null ? 'from the VPN address pool' : `in ${facts.poolRange}`;
}

export const PASSWORD_AT_CONNECT =
  'Your password: type it, or leave it empty so that you are asked for it each time you connect.';

export const USER_NAME = 'the user name you were given';
