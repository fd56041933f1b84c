import { describe, expect, it } from 'vitest';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { stripSecrets } from '../domain/secrets';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { readAnswers } from './read-answers';

describe('readAnswers', () => {
  it('reads valid answers as they are', () => {
    const result = readAnswers(JSON.parse(JSON.stringify(ciscoExample())));
    expect(result).toMatchObject({ ok: true, answers: ciscoExample() });
  });

  it('accepts answers saved without secrets and reports the missing key', () => {
    const result = readAnswers(JSON.parse(JSON.stringify(stripSecrets(ciscoExample()))));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.answers.authMethod.preSharedKey).toBe('');
    expect(result.answers.userAccounts.users).toEqual([{ username: 'test', password: '' }]);
    expect(result.issues.some((i) => i.field === 'authMethod.preSharedKey')).toBe(true);
  });

  it('accepts a draft with a half-typed value', () => {
    const draft = defaultAnswers();
    draft.addressPool.startIp = '192.168.';
    const result = readAnswers(draft);
    expect(result.ok && result.answers.addressPool.startIp).toBe('192.168.');
  });

  it('fills fields a file leaves out from the defaults and takes numbers as text', () => {
    const result = readAnswers({ ikePolicy: { priority: 20 } });
    expect(result.ok && result.answers.ikePolicy.priority).toBe('20');
    expect(result.ok && result.answers.addressPool).toEqual(defaultAnswers().addressPool);
  });

  it.each([
    ['not an object', 'hello'],
    ['an array', []],
    ['a wrong type', { tunnelInterface: { bypassInterfaceAcls: 'yes' } }],
    ['an unknown option value', { ikePolicy: { encryption: 'rot13' } }],
    ['an unknown key', { addressPool: { poolname: 'x' } }],
    ['a malformed user', { userAccounts: { users: [{ name: 'x' }] } }],
  ])('refuses %s with reasons', (_name, input) => {
    const result = readAnswers(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reasons.length).toBeGreaterThan(0);
  });

  it('gives the reasons as messages too: the field path as in the file, the text in the language', () => {
    const input = { tunnelInterface: { bypassInterfaceAcls: 'yes' }, ikePolicy: { priorty: 10 } };
    const messages = readAnswers(input);
    expect(messages.ok).toBe(false);
    if (messages.ok) return;
    expect(messages.reasons.map(english)).toContain(
      'tunnelInterface.bypassInterfaceAcls: Enable inbound IPsec sessions to bypass interface access lists must be true or false.',
    );
    expect(messages.reasons.map((reason) => formatMessage(ja, reason))).toEqual(
      expect.arrayContaining([
        'tunnelInterface.bypassInterfaceAcls: 「着信 IPsec セッションでインターフェイスのアクセス リストをバイパスする」は true または false で指定してください。',
        'ikePolicy.priorty: "ikePolicy.priorty" は不明な設定です。answers.schema.json と照らしてつづりを確認してください。',
      ]),
    );
  });

  it('gives a reason without a field as the message alone', () => {
    const messages = readAnswers('hello');
    expect(!messages.ok && messages.reasons.map(english)).toEqual([
      'The answers must be a JSON object.',
    ]);
  });
});
