/**
 * The rules speak through the catalogue: every message is a Msg (never a finished English string),
 * a field is named by its label message (so it follows the language), and the Japanese text is
 * complete — the English contract itself is src/domain/validate.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { formatMessage, isMsg } from '../../i18n/catalogue';
import { english } from '../../i18n/english';
import { ja } from '../../i18n/ja';
import type { Answers } from '../answers';
import { AAA_PROTOCOLS, ASA_VERSIONS } from '../options';
import { ciscoExample } from '../defaults';
import { crossStepIssues } from './cross-step-rules';
import { andList, commaList } from './list-message';

function issuesAfter(change: (a: Answers) => void) {
  const answers = ciscoExample();
  change(answers);
  return crossStepIssues(answers);
}

const japanese = (issues: ReturnType<typeof crossStepIssues>, ruleId: string, field?: string) =>
  issues
    .filter((i) => i.ruleId === ruleId && (field === undefined || i.field === field))
    .map((i) => formatMessage(ja, i.message));

describe('rule messages', () => {
  it('are catalogue messages with every placeholder filled, in both languages', () => {
    // Answers that together raise nearly every rule, on each ASA version and user database.
    const troubled = (a: Answers) => {
      Object.assign(a.ikePolicy, { encryption: 'des', hash: 'md5', dhGroup: '1', lifetime: '60' });
      Object.assign(a.transformSet, {
        espEncryption: 'esp-des',
        espAuthentication: 'esp-md5-hmac',
        saLifetime: '100',
        cryptoMapSequence: '70000',
      });
      Object.assign(a.ipsecSettings, {
        pfs: true,
        pfsGroup: '14',
        splitTunnel: true,
        splitNetworks: '10.0.0.0/8\n10.0.0.0/8\n172.16.0.0/12',
        natInsideInterface: 'outside',
      });
      a.addressPool.startIp = '10.1.1.0';
      a.remoteAccessClient.ppp = {
        pap: true,
        chap: true,
        msChapV1: true,
        msChapV2: false,
        eapProxy: true,
      };
      a.userAccounts.users = [
        { username: 'admin', password: 'x'.repeat(40) },
        { username: 'Admin', password: 'short' },
        { username: 'abc', password: 'abcdefgh' },
      ];
      a.introduction.otherInterfaces = 'dmz\nDMZ\n' + 'i'.repeat(50);
      a.clientAttributes.groupPolicyName = 'DfltGrpPolicy';
      a.clientAttributes.defaultDomain = `${'d'.repeat(64)}.com`;
      a.authMethod.preSharedKey = 'short';
    };
    const samples = ASA_VERSIONS.flatMap(([version]) =>
      [undefined, ...AAA_PROTOCOLS.map(([protocol]) => protocol)].map((protocol) => {
        const a = ciscoExample();
        troubled(a);
        a.introduction.asaVersion = version;
        if (protocol) {
          Object.assign(a.clientAuthentication, { userDatabase: 'aaa', aaaProtocol: protocol });
          a.clientAuthentication.aaaSecretKey = 'k'.repeat(130);
        }
        return a;
      }),
    );
    samples.push(ciscoExample());
    const ruleIds = new Set(samples.flatMap(crossStepIssues).map((issue) => issue.ruleId));
    expect(ruleIds.size).toBeGreaterThanOrEqual(37);
    for (const issue of samples.flatMap(crossStepIssues)) {
      expect(isMsg(issue.message), issue.ruleId).toBe(true);
      expect(english(issue.message)).not.toMatch(/\{\w+\}/);
      expect(formatMessage(ja, issue.message)).not.toMatch(/\{\w+\}/);
      expect(formatMessage(ja, issue.message)).not.toBe(english(issue.message));
    }
  });

  it('name the field by its Japanese label and keep the value as typed', () => {
    const issues = issuesAfter((a) => {
      a.tunnelInterface.publicAddress = '172.16.1.2';
    });
    expect(japanese(issues, 'W-EXAMPLE', 'tunnelInterface.publicAddress')).toEqual([
      '「パブリック IP アドレスまたはホスト名」が Cisco のドキュメントの検証環境の値 (172.16.1.2) のままです。実際に使用する値でなければ変更してください。',
    ]);
  });

  it('put the Japanese label of another field inside the sentence', () => {
    const issues = issuesAfter((a) => {
      a.ipsecSettings.splitTunnel = false;
      a.ipsecSettings.hairpin = false;
    });
    expect(japanese(issues, 'W-HAIRPIN')).toEqual([
      'クライアントはすべてのインターネット トラフィックを ASA に送信します。ヘアピンの設定を追加するには、「フル トンネルのクライアントにインターネット アクセスを許可する」をオンにしてください。',
    ]);
  });

  it('word lists and nested phrases in Japanese', () => {
    const issues = issuesAfter((a) => {
      a.clientAuthentication.userDatabase = 'aaa';
      a.clientAuthentication.aaaProtocol = 'tacacs+';
      a.remoteAccessClient.ppp.eapProxy = true;
      a.ikePolicy.dhGroup = '1';
    });
    expect(japanese(issues, 'P-AAA', 'remoteAccessClient.ppp.eapProxy')).toEqual([
      'EAP-PROXY は L2TP の TACACS+ サーバー グループでは使用できません。使用できるのは PAP、CHAP、MS-CHAP-V1 です。',
    ]);
    expect(japanese(issues, 'W-WEAK', 'ikePolicy.dhGroup')[0]).toMatch(
      /^DH グループ 1 は脆弱なアルゴリズムです。/,
    );
  });
});

describe('list messages', () => {
  it.each([
    [[], '', ''],
    [['a'], 'a', 'a'],
    [['a', 'b'], 'a and b', 'a、b'],
    [['a', 'b', 'c'], 'a, b and c', 'a、b、c'],
  ])('%j', (items, en, jaText) => {
    expect(english(andList(items))).toBe(en);
    expect(formatMessage(ja, andList(items))).toBe(jaText);
    expect(english(commaList(items))).toBe(items.join(', '));
  });
});
