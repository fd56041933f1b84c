import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { checklistFacts } from '../windows/checklist';
import { NAT_T_REGISTRY_COMMAND } from '../windows/powershell';
import { WINDOWS_ERRORS, windowsErrorSteps } from './troubleshooting';
import { PLATFORM_NOTES, SEND_TO_ADMIN, platformNoteSteps } from './troubleshooting-notes';

function stepsFor(change: (a: Answers) => void = () => {}) {
  const answers = ciscoExample();
  change(answers);
  return windowsErrorSteps(checklistFacts(answers));
}
const fixOf = (code: string, change?: (a: Answers) => void) =>
  stepsFor(change)
    .find((step) => step.id.split('-').includes(code))
    ?.lines.join('\n') ?? '';

describe('Windows error table', () => {
  // Every code reference.md §5.6 lists, in its order.
  const CODES = [
    '691',
    '789',
    '809',
    '812',
    '835',
    '800',
    '628',
    '720',
    '766',
    '13806',
    '619',
    '741',
    '742',
    '787',
    '788',
    '811',
    '868',
    '13801',
  ];
  it('covers every code of reference.md §5.6 exactly once', () => {
    expect(WINDOWS_ERRORS.flatMap((error) => error.codes)).toEqual(CODES);
  });

  it.each(WINDOWS_ERRORS.map((e) => [e.codes.join(' / '), e] as const))(
    'error %s has a problem and at least one fix in plain words',
    (_codes, error) => {
      expect(error.problem).toMatch(/^[A-Z].*\.$/);
      const fix = error.fix(checklistFacts(ciscoExample()));
      expect(fix.length).toBeGreaterThan(0);
      // No ASA jargon in what the end user reads.
      expect([error.problem, ...fix].join(' ')).not.toMatch(
        /\b(ASA|tunnel-group|ppp-attributes|IKE policy|crypto map)\b/,
      );
    },
  );

  it('titles each entry with its codes', () => {
    expect(stepsFor().map((step) => step.title)).toContain(
      'Error 766 / 13806: Windows is looking for a certificate because no pre-shared key is set.',
    );
  });

  const filled: [string, string, (a: Answers) => void, string][] = [
    ['809 offers the registry fix', '809', () => {}, NAT_T_REGISTRY_COMMAND],
    [
      '809 points to the registry step behind NAT',
      '809',
      (a) => (a.tunnelInterface.asaBehindNat = true),
      'make sure you did the registry step',
    ],
    ['812 names the protocols to tick', '812', () => {}, 'tick exactly: MS-CHAP v2'],
    [
      '741 follows PAP to Optional encryption',
      '741',
      (a) => (a.remoteAccessClient.ppp.pap = true),
      'Optional encryption',
    ],
    ['868 names the server', '868', () => {}, 'it must be 172.16.1.2'],
    ['789 prints the key when handed out', '789', () => {}, 'Key: C!sc0@123'],
    [
      '789 asks for it when withheld',
      '789',
      (a) => (a.clientOptions.includeKeyInHandout = false),
      'Key: the pre-shared key from your administrator',
    ],
  ];
  it.each(filled)('%s', (_name, code, change, words) =>
    expect(fixOf(code, change)).toContain(words),
  );
});

describe('what to send your administrator', () => {
  const text = SEND_TO_ADMIN.lines.join('\n');
  it.each([
    ['error code', 'error number'],
    ['time', 'date and time'],
    ['public IP', '"what is my IP"'],
    ['no secrets', 'Never send your password'],
  ])('asks for the %s', (_name, words) => expect(text).toContain(words));
});

describe('platform notes', () => {
  it('cover every platform', () => {
    for (const lines of Object.values(PLATFORM_NOTES)) expect(lines.length).toBeGreaterThan(0);
  });
  it('list Windows once when both versions are chosen', () => {
    expect(platformNoteSteps(['windows-10-11', 'windows-8', 'macos']).map((s) => s.title)).toEqual([
      'Notes for Windows',
      'Notes for macOS',
    ]);
    expect(platformNoteSteps(['windows-8']).map((s) => s.title)).toEqual([
      'Notes for Windows 8/8.1',
    ]);
  });
  const facts: [keyof typeof PLATFORM_NOTES, string][] = [
    ['android', 'Android 12 and later'],
    ['macos', 'Leave Group name empty'],
    ['chromeos', 'Leave Group name empty'],
    ['linux', 'ikev1-policy=accept'],
  ];
  it.each(facts)('%s: %s', (platform, words) =>
    expect(PLATFORM_NOTES[platform].join('\n')).toContain(words),
  );
});
