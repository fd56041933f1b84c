import { describe, expect, it } from 'vitest';
import { ciscoExample, defaultAnswers } from '../domain/defaults';
import { formatMessage, type Catalogue } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import { MASKED, SUMMARY_ROWS, type SummaryRow } from './summary-rows';

/** The value shown beside a label, both in the given language (English by default). */
function valueOf(rows: readonly SummaryRow[], label: string, catalogue?: Catalogue) {
  const text = catalogue
    ? (m: Parameters<typeof english>[0]) => formatMessage(catalogue, m)
    : english;
  const found = rows.find(([l]) => text(l) === label);
  return found && text(found[1]);
}

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
      .map(([, value]) => english(value))
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

  it.each([
    ['introduction', 'ASA ソフトウェア バージョン', '8.4 以降'],
    ['remoteAccessClient', 'PPP 認証プロトコル', 'MS-CHAP-V1、MS-CHAP-V2'],
    [
      'remoteAccessClient',
      'VPN クライアントの種類',
      'L2TP over IPsec を使用する Microsoft Windows クライアント',
    ],
    ['authMethod', '認証方式', '事前共有キーで認証する'],
    ['tunnelInterface', 'ASA が別の NAT デバイスの内側にある', 'いいえ'],
    ['transformSet', 'モード', 'transport'],
    ['clientAttributes', 'グループ ポリシー名', 'L2TP-VPN'],
  ] as const)('%s shows 「%s」 as 「%s」 in Japanese', (step, label, want) => {
    expect(valueOf(SUMMARY_ROWS[step](ciscoExample()), label, ja)).toBe(want);
  });

  it('words an empty value and a skipped step in Japanese', () => {
    const answers = defaultAnswers();
    expect(valueOf(SUMMARY_ROWS.authMethod(answers), '事前共有キー', ja)).toBe('未設定');
    answers.clientAuthentication.userDatabase = 'aaa';
    expect(valueOf(SUMMARY_ROWS.userAccounts(answers), 'ユーザー', ja)).toMatch(/^スキップ/);
  });
});
