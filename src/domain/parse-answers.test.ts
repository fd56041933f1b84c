import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import type { ValidationIssue } from './issues';
import { ciscoExample } from './defaults';
import { parseAnswers } from './parse-answers';

/** The issues with their messages as English text, as the tests compare them. */
const inEnglish = (issues: ValidationIssue[]) =>
  issues.map((issue) => ({ ...issue, message: english(issue.message) }));

describe('parseAnswers (answers files)', () => {
  it('accepts the Cisco example and returns its warnings', () => {
    const result = parseAnswers(JSON.parse(JSON.stringify(ciscoExample())));
    expect(result.ok).toBe(true);
    expect(result.ok && result.answers).toEqual(ciscoExample());
    expect(result.issues.every((i) => i.severity === 'warning')).toBe(true);
  });

  it('fills left-out non-secret fields from the defaults and names each missing secret', () => {
    const result = parseAnswers({ userAccounts: { users: [{ username: 'alice' }] } });
    expect(result.ok).toBe(false);
    const fields = result.issues.filter((i) => i.severity === 'error').map((i) => i.field);
    expect(fields).toEqual(
      expect.arrayContaining(['authMethod.preSharedKey', 'userAccounts.users.0.password']),
    );
    expect(fields).not.toContain('addressPool.poolName');
  });

  it('accepts numbers as JSON numbers and lists as arrays', () => {
    const file = JSON.parse(JSON.stringify(ciscoExample()));
    file.ikePolicy.priority = 20;
    file.ipsecSettings.exemptNetworks = ['10.0.0.0/8', '172.16.0.0/12'];
    const result = parseAnswers(file);
    expect(result.ok && result.answers.ikePolicy.priority).toBe('20');
    expect(result.ok && result.answers.ipsecSettings.exemptNetworks).toBe(
      '10.0.0.0/8\n172.16.0.0/12',
    );
  });

  it('accepts a numeric choice (DH group) as a JSON number, and names the choices otherwise', () => {
    const file = JSON.parse(JSON.stringify(ciscoExample()));
    file.ikePolicy.dhGroup = 14;
    file.ipsecSettings.pfsGroup = 5;
    const result = parseAnswers(file);
    expect(result.ok && result.answers.ikePolicy.dhGroup).toBe('14');
    expect(result.ok && result.answers.ipsecSettings.pfsGroup).toBe('5');

    for (const wrong of [3, true, 'group14']) {
      file.ikePolicy.dhGroup = wrong;
      expect(inEnglish(parseAnswers(file).issues)).toContainEqual(
        expect.objectContaining({
          field: 'ikePolicy.dhGroup',
          severity: 'error',
          message: 'Diffie-Hellman Group must be one of: 1, 2, 5, 7, 14.',
        }),
      );
    }
  });

  it('reports unknown keys instead of dropping them silently', () => {
    const result = parseAnswers({
      ...ciscoExample(),
      authMethod: { ...ciscoExample().authMethod, presharedKey: 'x' },
    });
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.field)).toContain('authMethod.presharedKey');
  });

  it.each([null, [], 'text', 42])('rejects %o as a whole', (input) => {
    expect(parseAnswers(input).ok).toBe(false);
  });

  it('names the field on a wrong type', () => {
    const result = parseAnswers({
      ...ciscoExample(),
      tunnelInterface: { ...ciscoExample().tunnelInterface, asaBehindNat: 'yes' },
    });
    expect(inEnglish(result.issues)).toContainEqual(
      expect.objectContaining({
        field: 'tunnelInterface.asaBehindNat',
        message: 'ASA is behind another NAT device must be true or false.',
      }),
    );
  });

  it('gives every reason as a message, shown in Japanese too', () => {
    const wrongType = parseAnswers({ tunnelInterface: { asaBehindNat: 'yes' } });
    const japanese = wrongType.issues.map((issue) => formatMessage(ja, issue.message));
    expect(japanese).toContain(
      '「ASA が別の NAT デバイスの内側にある」は true または false で指定してください。',
    );

    const unknown = parseAnswers({ ikePolicy: { priorty: 10 } });
    expect(unknown.issues.map((issue) => formatMessage(ja, issue.message))).toContain(
      '"ikePolicy.priorty" は不明な設定です。answers.schema.json と照らしてつづりを確認してください。',
    );
    expect(formatMessage(ja, parseAnswers([]).issues[0]!.message)).toBe(
      '回答は JSON オブジェクトで指定してください。',
    );
    // zod's own complaint (a step that is not an object) is a message as well.
    const notAnObject = parseAnswers({ ikePolicy: 5 });
    expect(notAnObject.issues.map((issue) => issue.message)).toContainEqual({
      id: 'validation.invalid',
    });
    expect(inEnglish(notAnObject.issues).map((issue) => issue.message)).toContain('Invalid input');
  });
});

describe('parseAnswers with allowRuleErrors (drafts, files saved without secrets)', () => {
  it('returns answers whose rules fail, with the problems as issues', () => {
    const result = parseAnswers(
      {
        addressPool: { startIp: '192.168.1.300' },
        userAccounts: { users: [{ username: 'test' }] },
      },
      { allowRuleErrors: true },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.addressPool.startIp).toBe('192.168.1.300');
    expect(result.answers.userAccounts.users).toEqual([{ username: 'test', password: '' }]);
    expect(result.issues.map((i) => i.field)).toEqual(
      expect.arrayContaining([
        'addressPool.startIp',
        'authMethod.preSharedKey',
        'userAccounts.users.0.password',
      ]),
    );
  });

  it('refuses a wrong type with the structural problems only, not the missing secrets', () => {
    const result = parseAnswers(
      { ikePolicy: { priority: true }, ipsecSettings: { natExempt: 'x' } },
      { allowRuleErrors: true },
    );
    expect(result.ok).toBe(false);
    expect(result.issues.map((issue) => issue.field).sort()).toEqual([
      'ikePolicy.priority',
      'ipsecSettings.natExempt',
    ]);
  });

  it('normalises numbers and lists like the schema does', () => {
    const result = parseAnswers(
      { ikePolicy: { priority: 0 }, ipsecSettings: { exemptNetworks: ['10.0.0.0/8', 'bad'] } },
      { allowRuleErrors: true },
    );
    expect(result.ok && result.answers.ikePolicy.priority).toBe('0');
    expect(result.ok && result.answers.ipsecSettings.exemptNetworks).toBe('10.0.0.0/8\nbad');
  });

  it.each([
    ['a wrong type', { tunnelInterface: { asaBehindNat: 'yes' } }],
    ['an unknown option', { ikePolicy: { encryption: 'rot13' } }],
    ['an unknown key', { ikePolicy: { priorty: 10 } }],
  ])('still refuses %s', (_name, input) => {
    expect(parseAnswers(input, { allowRuleErrors: true }).ok).toBe(false);
  });
});
