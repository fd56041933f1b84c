import { describe, expect, it } from 'vitest';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { MASKED, SUMMARY_ROWS } from './summary-rows';

const valueOf = (rows: readonly (readonly [string, string])[], label: string) =>
  rows.find(([l]) => l === label)?.[1];

describe('SUMMARY_ROWS', () => {
  it.each([
    ['introduction', 'ASA software version', '8.4 or later'],
    ['remoteAccessClient', 'PPP authentication', 'MS-CHAP-V1, MS-CHAP-V2'],
    ['authMethod', 'Authentication method', 'Authenticate with a pre-shared key'],
    ['authMethod', 'Pre-Shared Key', MASKED],
    ['userAccounts', 'Users', 'test'],
    ['ipsecSettings', 'Exempt networks', 'any'],
  ] as const)('%s shows %s as %s for the Cisco example', (step, label, want) => {
    expect(valueOf(SUMMARY_ROWS[step](ciscoExample()), label)).toBe(want);
  });

  it('never shows a secret in clear', () => {
    const answers = ciscoExample();
    answers.clientAuthentication.userDatabase = 'aaa';
    answers.clientAuthentication.aaaSecretKey = 'S3cretKey';
    const shown = Object.values(SUMMARY_ROWS)
      .flatMap((rows) => rows(answers))
      .map(([, value]) => value)
      .join('\n');
    expect(shown).not.toContain('C!sc0@123');
    expect(shown).not.toContain('S3cretKey');
  });

  it('marks an empty secret as not set and a skipped user step as skipped', () => {
    const answers = defaultAnswers();
    expect(valueOf(SUMMARY_ROWS.authMethod(answers), 'Pre-Shared Key')).toBe('not set');
    answers.clientAuthentication.userDatabase = 'aaa';
    expect(valueOf(SUMMARY_ROWS.userAccounts(answers), 'Users')).toMatch(/^Skipped/);
  });
});
