/**
 * The step schemas' own messages (same-step rules): catalogue messages whose English is the
 * contract of validate.test.ts, and whose Japanese names the fields by their Japanese labels.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, isMsg } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import type { Answers } from './answers';
import { ciscoExample } from './defaults';
import { validateAnswers } from './validate';

const cases: [string, (a: Answers) => void, string, string, string][] = [
  [
    'pool order',
    (a) => {
      a.addressPool.startIp = '192.168.1.100';
      a.addressPool.endIp = '192.168.1.1';
    },
    'addressPool.endIp',
    'Ending IP Address 192.168.1.1 is before Starting IP Address 192.168.1.100; the start must not be after the end.',
    '「終了 IP アドレス」の 192.168.1.1 が「開始 IP アドレス」の 192.168.1.100 より前になっています。',
  ],
  [
    'pre-shared key length',
    (a) => (a.authMethod.preSharedKey = 'k'.repeat(129)),
    'authMethod.preSharedKey',
    "Pre-Shared Key must be 1–128 characters, with no spaces or '?'.",
    "「事前共有キー」はスペースと '?' を含まない 1～128 文字で入力してください。",
  ],
  [
    'tunnel group with a pre-shared key',
    (a) => (a.authMethod.tunnelGroupName = 'L2TP'),
    'authMethod.tunnelGroupName',
    'With a pre-shared key, native clients always land on DefaultRAGroup; the Tunnel Group Name must be DefaultRAGroup.',
    '「トンネル グループ名」は DefaultRAGroup にしてください。',
  ],
  [
    'secondary DNS alone',
    (a) => (a.clientAttributes.dnsPrimary = ''),
    'clientAttributes.dnsPrimary',
    'Primary DNS Server is required when a Secondary DNS Server is set.',
    '「セカンダリ DNS サーバー」を設定する場合は「プライマリ DNS サーバー」も入力してください。',
  ],
  [
    'no PPP type',
    (a) =>
      (a.remoteAccessClient.ppp = {
        pap: false,
        chap: false,
        msChapV1: false,
        msChapV2: false,
        eapProxy: false,
      }),
    'remoteAccessClient.ppp',
    'Select at least one PPP authentication type.',
    'PPP 認証プロトコルを 1 つ以上選択してください。',
  ],
  [
    'esp-null',
    (a) => (a.transformSet.espEncryption = 'esp-null'),
    'transformSet.espEncryption',
    'ESP Encryption esp-null sends VPN traffic unencrypted; choose esp-aes-256, esp-aes or esp-3des.',
    '「ESP 暗号化」が esp-null だと',
  ],
  [
    'AAA confirmation',
    (a) =>
      Object.assign(a.clientAuthentication, {
        userDatabase: 'aaa',
        aaaServerGroup: 'RAD',
        aaaServerIp: '10.1.1.10',
        aaaInterface: 'inside',
        aaaSecretKey: 'S3cret-key',
        aaaSecretKeyConfirm: 'other',
      }),
    'clientAuthentication.aaaSecretKeyConfirm',
    'Confirm Server Secret Key does not match the Server Secret Key.',
    '「サーバー秘密キーの確認」が「サーバー秘密キー」と一致しません。',
  ],
  [
    'exempt networks empty',
    (a) => (a.ipsecSettings.exemptNetworks = ''),
    'ipsecSettings.exemptNetworks',
    'Exempt networks: enter at least one network (or any), or untick Exempt VPN traffic from NAT.',
    '「VPN トラフィックを NAT から免除する」をオフにしてください。',
  ],
  [
    'a nameless user',
    (a) =>
      (a.userAccounts.users = [
        { username: 'test', password: 'Str0ng-Passw0rd' },
        { username: '', password: 'ab' },
      ]),
    'userAccounts.users.1.password',
    'Password of user 2 must be at least 3 characters.',
    '「パスワード (ユーザー 2)」は 3 文字以上で入力してください。',
  ],
  [
    'a named user',
    (a) => (a.userAccounts.users = [{ username: 'al ice', password: 'Str0ng-Passw0rd' }]),
    'userAccounts.users.0.username',
    'Username "al ice" cannot contain spaces or \'?\' — the ASA command line cannot accept them.',
    '「ユーザー名 "al ice"」にはスペースと',
  ],
  [
    'a user listed twice',
    (a) => (a.userAccounts.users = [...a.userAccounts.users, ...a.userAccounts.users]),
    'userAccounts.users.1.username',
    'Username test appears more than once; each user can be added once.',
    'ユーザー名 test が複数回指定されています。',
  ],
];

describe('step schema messages', () => {
  it.each(cases)('%s', (_name, change, field, want, japanese) => {
    const answers = ciscoExample();
    change(answers);
    const issues = validateAnswers(answers).filter(
      (i) => i.field === field && i.ruleId === 'schema',
    );
    expect(issues.map((i) => english(i.message))).toContain(want);
    const issue = issues.find((i) => english(i.message) === want)!;
    expect(isMsg(issue.message)).toBe(true);
    expect(formatMessage(ja, issue.message)).toContain(japanese);
  });

  it('gives every schema issue as a message, never as finished text', () => {
    const answers = ciscoExample();
    answers.addressPool.startIp = 'x';
    answers.ikePolicy.priority = '0';
    answers.introduction.otherInterfaces = 'a b';
    const schemaIssues = validateAnswers(answers).filter((i) => i.ruleId === 'schema');
    expect(schemaIssues.length).toBeGreaterThanOrEqual(3);
    for (const issue of schemaIssues) expect(isMsg(issue.message)).toBe(true);
  });
});
