/**
 * clientHandout(answers, choice): the end-user handout for one platform or all of them, as
 * structured sections (settings at a glance, one page per platform, known limitations from the
 * consistency check, troubleshooting). The HTML and Markdown exports and the preview render this
 * one structure. It never contains a local user's name or password.
 */
import { english } from '../../i18n/english';
import type { Answers } from '../../domain/answers';
import { clientCompatibilityIssues, issuesFor } from '../../domain/client-compatibility';
import { listOf, platformLabel } from '../../domain/client-platforms';
import { PPP_TYPES } from '../../domain/options';
import { checklistFacts } from '../windows/checklist';
import {
  keyNotice,
  SIGN_IN_NAMES,
  SIGN_IN_ROW,
  trafficRow,
  type SummaryRow,
} from '../windows/checklist-summary';
import type { ChecklistStep } from '../windows/checklist-types';
import { PSK_PLACEHOLDER } from '../windows/checklist-types';
import { clientFacts } from './client-facts';
import { platformSteps } from './platform-steps';
import { platformsOf, type ClientPlatform, type PlatformChoice } from './platforms';
import { windowsErrorSteps } from './troubleshooting';
import { SEND_TO_ADMIN, platformNoteSteps } from './troubleshooting-notes';

export interface HandoutSection {
  /** The platform id for platform pages; 'limitations' or 'troubleshooting' otherwise. */
  id: string;
  title: string;
  /** Paragraphs under the heading. */
  intro: string[];
  steps: ChecklistStep[];
  /** Platform pages number their steps (1., 2., …); reference sections do not. */
  numbered: boolean;
}

export interface ClientHandout {
  title: string;
  platforms: ClientPlatform[];
  summary: SummaryRow[];
  /** The pre-shared key as the handout prints it; null when the handout leaves it out. */
  preSharedKey: string | null;
  /** Printed under the summary whenever the handout carries the key. */
  keyNotice: string | null;
  sections: HandoutSection[];
}

export const CLIENT_HANDOUT_TITLE = 'L2TP/IPsec VPN setup';

function summaryRows(answers: Answers): SummaryRow[] {
  const facts = clientFacts(answers);
  const methods = PPP_TYPES.filter(([key]) => facts.ppp[key]).map(([key]) => SIGN_IN_NAMES[key]);
  return [
    { label: 'Connection name', value: facts.connectionName },
    { label: 'Server address', value: facts.serverAddress },
    { label: 'VPN type', value: 'L2TP over IPsec with a pre-shared key' },
    { label: 'Pre-shared key', value: facts.preSharedKey ?? PSK_PLACEHOLDER },
    SIGN_IN_ROW,
    {
      label: 'Sign-in methods the server accepts',
      value: methods.length > 0 ? methods.join(', ') : 'none yet',
    },
    trafficRow(facts.splitTunnel),
  ];
}

function limitations(answers: Answers, platforms: ClientPlatform[]): HandoutSection[] {
  const issues = issuesFor(clientCompatibilityIssues(answers), platforms);
  if (issues.length === 0) return [];
  // One entry per group of devices (its heading), holding every note that concerns that group.
  const byDevices = new Map<string, ChecklistStep>();
  for (const issue of issues) {
    const title = listOf(issue.platforms.filter((p) => platforms.includes(p)).map(platformLabel));
    const entry = byDevices.get(title);
    const note = english(issue.handoutMessage);
    if (entry) entry.lines.push(note);
    else byDevices.set(title, { id: `limitation-${issue.id}`, title, lines: [note] });
  }
  return [
    {
      id: 'limitations',
      title: 'Known limitations of this VPN',
      intro: [],
      steps: [...byDevices.values()],
      numbered: false,
    },
  ];
}

function troubleshooting(answers: Answers, platforms: ClientPlatform[]): HandoutSection {
  const windows = platforms.some((p) => p === 'windows-10-11' || p === 'windows-8');
  return {
    id: 'troubleshooting',
    title: 'Troubleshooting',
    intro: ['If the connection fails, check these first; then tell your administrator.'],
    steps: [
      ...platformNoteSteps(platforms),
      ...(windows ? windowsErrorSteps(checklistFacts(answers)) : []),
      SEND_TO_ADMIN,
    ],
    numbered: false,
  };
}

export function clientHandout(answers: Answers, choice: PlatformChoice): ClientHandout {
  const platforms = platformsOf(choice);
  const facts = checklistFacts(answers);
  const title =
    choice === 'all' || platforms.length !== 1
      ? CLIENT_HANDOUT_TITLE
      : `${CLIENT_HANDOUT_TITLE}: ${platformLabel(platforms[0] ?? 'windows-10-11')}`;
  return {
    title,
    platforms,
    summary: summaryRows(answers),
    preSharedKey: facts.preSharedKey,
    keyNotice: keyNotice(facts.preSharedKey),
    sections: [
      ...platforms.map((platform) => ({
        id: platform,
        title: platformLabel(platform),
        intro: [],
        steps: platformSteps(answers, platform),
        numbered: true,
      })),
      ...limitations(answers, platforms),
      troubleshooting(answers, platforms),
    ],
  };
}
