import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers, LocalUser } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { windowsChecklist } from './checklist';
import { windowsChecklistToMarkdown, windowsChecklistToText } from './checklist-markdown';

/** A value of at least 12 characters around a unique marker that nothing else can produce. */
const marked = (marker: string) =>
  fc
    .tuple(
      fc.string({ maxLength: 10 }),
      fc.stringMatching(/^[0-9a-f]{6,12}$/),
      fc.string({ maxLength: 10 }),
    )
    .map(([before, id, after]) => `${before}${marker}${id}${after}`);

const user: fc.Arbitrary<LocalUser> = fc.record({
  username: marked('USER-MARK-'),
  password: marked('PW-MARK-'),
});

/** Everything else varies too, so that every conditional step is exercised. */
const scenario = fc.record({
  users: fc.array(user, { minLength: 1, maxLength: 5 }),
  connectionName: fc.string({ maxLength: 30 }),
  includeKey: fc.boolean(),
  splitTunnel: fc.boolean(),
  asaBehindNat: fc.boolean(),
  ppp: fc.record({
    pap: fc.boolean(),
    chap: fc.boolean(),
    msChapV1: fc.boolean(),
    msChapV2: fc.boolean(),
    eapProxy: fc.boolean(),
  }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function answersOf(s: Scenario): Answers {
  const answers = ciscoExample();
  answers.userAccounts.users = s.users;
  answers.clientOptions.connectionName = s.connectionName;
  answers.clientOptions.includeKeyInHandout = s.includeKey;
  answers.ipsecSettings.splitTunnel = s.splitTunnel;
  answers.ipsecSettings.splitNetworks = '10.10.0.0/16\n172.20.0.0/16';
  answers.tunnelInterface.asaBehindNat = s.asaBehindNat;
  answers.remoteAccessClient.ppp = s.ppp;
  return answers;
}

describe('no local user credentials in any Windows rendering', () => {
  it('holds for random users, passwords of 12+ characters and options (1000 runs)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        fc.pre(!/MARK-/.test(s.connectionName));
        const checklist = windowsChecklist(answersOf(s));
        const outputs = [
          JSON.stringify(checklist),
          windowsChecklistToMarkdown(checklist),
          windowsChecklistToText(checklist),
        ];
        for (const output of outputs) {
          expect(output).not.toContain('PW-MARK-');
          expect(output).not.toContain('USER-MARK-');
          for (const { password } of s.users) expect(output).not.toContain(password);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('the markers would be found if a renderer leaked them (the property can fail)', () => {
    const answers = ciscoExample();
    answers.clientOptions.connectionName = 'PW-MARK-abcdef';
    expect(windowsChecklistToText(windowsChecklist(answers))).toContain('PW-MARK-');
  });
});
