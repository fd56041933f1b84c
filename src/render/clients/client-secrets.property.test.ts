/**
 * No end-user export ever contains a local user's password (or name): both handouts for every
 * platform choice, the structured handout and per-platform steps, the PowerShell script, the Apple
 * profile and its notes. Passwords are 12+ characters around a unique marker, so a match cannot be
 * an ordinary word; the ASA configuration itself (not an end-user document) naturally has them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, LocalUser } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { generateAsaConfig } from '../asa/generate-asa-config';
import { windowsPowerShellScript } from '../windows/powershell-script';
import { appleProfile } from './apple-profile';
import { appleProfileInstallNotes } from './apple-profile-notes';
import { clientHandout } from './handout';
import { clientHandoutHtml } from './handout-html';
import { clientHandoutMarkdown } from './handout-markdown';
import { clientHandoutText } from './handout-text';
import { platformSteps } from './platform-steps';
import { CLIENT_PLATFORMS, PLATFORM_CHOICES } from './platforms';

/** `PWMARK-<hex>-<anything>`: at least 12 characters, and the marker nothing else produces. */
const marked = (marker: string) =>
  fc
    .tuple(fc.stringMatching(/^[0-9a-f]{4,8}$/), fc.string({ minLength: 1, maxLength: 12 }))
    .map(([id, tail]) => `${marker}${id}-${tail}`);

const user: fc.Arbitrary<LocalUser> = fc.record({
  username: marked('USERMARK-'),
  password: marked('PWMARK-'),
});

const bool = fc.boolean();
const scenario = fc.record({
  users: fc.array(user, { minLength: 1, maxLength: 4 }),
  connectionName: fc.string({ maxLength: 24 }),
  key: fc.string({ minLength: 1, maxLength: 24 }),
  includeKey: bool,
  splitTunnel: bool,
  interceptDhcp: bool,
  asaBehindNat: bool,
  pfs: bool,
  dhGroup: fc.constantFrom('1', '2', '5', '7', '14' as const),
  ppp: fc.record({ pap: bool, chap: bool, msChapV1: bool, msChapV2: bool, eapProxy: bool }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function answersOf(s: Scenario): Answers {
  const answers = ciscoExample();
  answers.userAccounts.users = s.users;
  answers.authMethod.preSharedKey = s.key;
  answers.clientOptions = { connectionName: s.connectionName, includeKeyInHandout: s.includeKey };
  Object.assign(answers.ipsecSettings, {
    splitTunnel: s.splitTunnel,
    splitNetworks: '10.10.0.0/16\n172.20.0.0/16',
    interceptDhcp: s.interceptDhcp,
    pfs: s.pfs,
  });
  answers.tunnelInterface.asaBehindNat = s.asaBehindNat;
  answers.ikePolicy.dhGroup = s.dhGroup;
  answers.remoteAccessClient.ppp = s.ppp;
  return answers;
}

/** Every end-user export of one set of answers. */
function exportsOf(answers: Answers): string[] {
  return [
    ...PLATFORM_CHOICES.flatMap(([choice]) => [
      clientHandoutHtml(answers, choice),
      clientHandoutMarkdown(answers, choice),
      clientHandoutText(answers, choice),
      JSON.stringify(clientHandout(answers, choice)),
    ]),
    ...CLIENT_PLATFORMS.map(([platform]) => JSON.stringify(platformSteps(answers, platform))),
    windowsPowerShellScript(answers),
    appleProfile(answers),
    JSON.stringify(appleProfileInstallNotes(answers)),
  ];
}

describe('no local user password in any end-user export', () => {
  it('holds for random users and options (1000 runs)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(!/MARK-/.test(s.connectionName + s.key));
        for (const output of exportsOf(answersOf(s))) {
          expect(output).not.toContain('PWMARK-');
          expect(output).not.toContain('USERMARK-');
          for (const { password } of s.users) expect(output).not.toContain(password);
        }
      }),
      { numRuns: 1000 },
    );
    // 1000 runs × 40 renderings take a few seconds more than vitest's default allows.
  }, 120_000);

  it('the check would catch a leak: the ASA configuration does contain the password', () => {
    const answers = ciscoExample();
    answers.userAccounts.users = [{ username: 'USERMARK-ab12-x', password: 'PWMARK-ab12-secret' }];
    expect(generateAsaConfig(answers)).toContain('PWMARK-ab12-secret');
    answers.clientOptions.connectionName = 'PWMARK-ab12-secret';
    expect(exportsOf(answers).some((output) => output.includes('PWMARK-'))).toBe(true);
  });
});
