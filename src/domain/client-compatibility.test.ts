import { describe, expect, it } from 'vitest';
import { formatMessage } from '../i18n/catalogue';
import { english } from '../i18n/english';
import { ja } from '../i18n/ja';
import type { Answers } from './answers';
import {
  clientCompatibilityIssues,
  issuesFor,
  type CompatibilityIssue,
} from './client-compatibility';
import { CLIENT_PLATFORMS, listOf, type ClientPlatform } from './client-platforms';
import { ciscoExample, defaultAnswers } from './defaults';

type Change = (answers: Answers) => void;

function issuesAfter(change: Change): CompatibilityIssue[] {
  const answers = ciscoExample();
  change(answers);
  return clientCompatibilityIssues(answers);
}

const only =
  (ppp: Partial<Answers['remoteAccessClient']['ppp']>): Change =>
  (a) => {
    a.remoteAccessClient.ppp = {
      pap: false,
      chap: false,
      msChapV1: false,
      msChapV2: false,
      eapProxy: false,
      ...ppp,
    };
  };

const WINDOWS: ClientPlatform[] = ['windows-10-11', 'windows-8'];
const ALL = CLIENT_PLATFORMS.map(([id]) => id);

describe('CLIENT_PLATFORMS', () => {
  it('lists the seven platforms with the labels of the "Client platform" select', () => {
    expect(CLIENT_PLATFORMS.map(([, label]) => label)).toEqual([
      'Windows 10/11',
      'Windows 8/8.1',
      'macOS',
      'iOS/iPadOS',
      'Android',
      'ChromeOS',
      'Linux',
    ]);
  });
});

describe('the Cisco scenario', () => {
  it('raises only the always-present Windows shared-NAT warning', () => {
    expect(clientCompatibilityIssues(ciscoExample()).map((i) => i.id)).toEqual([
      'windows-shared-nat',
    ]);
  });
});

describe('clientCompatibilityIssues', () => {
  // [name, change, id, severity, platforms, words the message must contain]
  const cases: [string, Change, string, 'error' | 'warning', ClientPlatform[], string][] = [
    [
      'MS-CHAP-V1 alone: only Linux can sign in',
      only({ msChapV1: true }),
      'ppp-unusable',
      'error',
      ALL.filter((p) => p !== 'linux'),
      'enable MS-CHAP-V2',
    ],
    [
      'EAP-PROXY alone: Apple, Android and ChromeOS cannot',
      only({ eapProxy: true }),
      'ppp-unusable',
      'warning',
      ['macos', 'ios', 'android', 'chromeos'],
      'EAP-PROXY',
    ],
    [
      'PAP alone: Apple clients cannot',
      only({ pap: true }),
      'ppp-unusable',
      'warning',
      ['macos', 'ios'],
      'not available on macOS and iOS/iPadOS',
    ],
    [
      'no PPP type at all: nobody can',
      only({}),
      'ppp-unusable',
      'error',
      ALL,
      'No PPP authentication type is enabled',
    ],
    [
      'DH group 14: Android 11 and earlier need group 2',
      (a) => (a.ikePolicy.dhGroup = '14'),
      'android-dh-group-2',
      'warning',
      ['android'],
      'group 14',
    ],
    [
      'PFS on: every native client usually fails, Linux can follow',
      (a) => (a.ipsecSettings.pfs = true),
      'pfs-on',
      'warning',
      ALL.filter((p) => p !== 'linux'),
      'turn PFS off',
    ],
    [
      'SA lifetime 299 s',
      (a) => (a.transformSet.saLifetime = '299'),
      'sa-lifetime-short',
      'warning',
      WINDOWS,
      '299 s is under 300 s',
    ],
    [
      'split tunneling without valid networks',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = 'not a network';
      },
      'split-no-networks',
      'error',
      ALL,
      'no valid split tunnel network',
    ],
    [
      'split tunneling with Intercept DHCP off: Apple clients get no routes',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = '10.10.0.0/16';
        a.ipsecSettings.interceptDhcp = false;
      },
      'split-routes-need-dhcp',
      'warning',
      ['macos', 'ios'],
      'Turn Intercept DHCP on',
    ],
    [
      'split tunneling without Internet access for full-tunnel clients: ChromeOS',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = '10.10.0.0/16';
      },
      'split-chromeos-full-tunnel',
      'warning',
      ['chromeos'],
      'ChromeOS',
    ],
    [
      'ASA behind NAT: the Windows registry value',
      (a) => (a.tunnelInterface.asaBehindNat = true),
      'asa-behind-nat',
      'warning',
      WINDOWS,
      'AssumeUDPEncapsulationContextOnSendRule = 2',
    ],
    [
      'AES-192 is not proposed by Windows and Apple clients',
      (a) => (a.ikePolicy.encryption = 'aes-192'),
      'proposal-uncommon',
      'warning',
      [...WINDOWS, 'macos', 'ios'],
      'IKE encryption aes-192',
    ],
    [
      'esp-md5-hmac is not proposed either',
      (a) => (a.transformSet.espAuthentication = 'esp-md5-hmac'),
      'proposal-uncommon',
      'warning',
      [...WINDOWS, 'macos', 'ios'],
      'ESP esp-md5-hmac',
    ],
    [
      'no server address',
      (a) => (a.tunnelInterface.publicAddress = '  '),
      'no-server-address',
      'error',
      ALL,
      'Public IP address or hostname',
    ],
    [
      'certificate authentication is not covered by the handout',
      (a) => (a.authMethod.method = 'certificate'),
      'certificate-auth',
      'warning',
      ALL,
      'machine certificate',
    ],
  ];

  it.each(cases)('%s', (_name, change, id, severity, platforms, words) => {
    const found = issuesAfter(change).find((issue) => issue.id === id);
    expect(found, `no ${id}`).toBeDefined();
    expect(found?.severity).toBe(severity);
    expect(found?.platforms).toEqual(platforms);
    expect(english(found!.message)).toContain(words);
    expect(english(found!.handoutMessage).length).toBeGreaterThan(20);
  });

  // The same ids must be absent on the Cisco answers, so each case above is caused by its change.
  it.each(cases)('%s: absent without the change', (_name, _change, id) => {
    expect(clientCompatibilityIssues(ciscoExample()).map((i) => i.id)).not.toContain(id);
  });

  const quiet: [string, Change, string][] = [
    ['DH group 2 keeps Android quiet', (a) => (a.ikePolicy.dhGroup = '2'), 'android-dh-group-2'],
    [
      'an empty SA lifetime is the ASA default',
      (a) => (a.transformSet.saLifetime = ''),
      'sa-lifetime-short',
    ],
    ['300 s is accepted', (a) => (a.transformSet.saLifetime = '300'), 'sa-lifetime-short'],
    [
      'Intercept DHCP on gives Apple clients their routes',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = '10.10.0.0/16';
      },
      'split-routes-need-dhcp',
    ],
    [
      'Internet access for full-tunnel clients keeps ChromeOS online',
      (a) => {
        a.ipsecSettings.splitTunnel = true;
        a.ipsecSettings.splitNetworks = '10.10.0.0/16';
        a.ipsecSettings.hairpin = true;
      },
      'split-chromeos-full-tunnel',
    ],
    ['MS-CHAP-V2 works everywhere', only({ msChapV2: true }), 'ppp-unusable'],
  ];
  it.each(quiet)('%s', (_name, change, id) => {
    expect(issuesAfter(change).map((issue) => issue.id)).not.toContain(id);
  });
});

describe('issuesFor', () => {
  const issues = issuesAfter((a) => {
    a.ipsecSettings.pfs = true;
    a.ikePolicy.dhGroup = '14';
  });
  const cases: [ClientPlatform[], string[]][] = [
    [['linux'], []],
    [['android'], ['pfs-on', 'android-dh-group-2']],
    [['windows-8'], ['pfs-on', 'windows-shared-nat']],
  ];
  it.each(cases)('%j', (platforms, ids) => {
    expect(issuesFor(issues, platforms).map((issue) => issue.id)).toEqual(ids);
  });
});

describe('totality', () => {
  it('reports on the defaults and on broken answers without throwing', () => {
    expect(() => clientCompatibilityIssues(defaultAnswers())).not.toThrow();
    const broken = {
      ipsecSettings: { splitTunnel: true, splitNetworks: 42 },
    } as unknown as Answers;
    const ids = clientCompatibilityIssues(broken).map((issue) => issue.id);
    expect(ids).toContain('no-server-address');
    expect(ids).toContain('ppp-unusable');
    expect(ids).toContain('split-no-networks');
  });
});

describe('in Japanese', () => {
  it('names the field, the platforms and the values in the Japanese message', () => {
    const issues = issuesAfter((a) => {
      a.tunnelInterface.publicAddress = '';
      a.ikePolicy.encryption = 'aes-192';
      a.transformSet.espAuthentication = 'esp-md5-hmac';
    });
    const text = (id: string) =>
      formatMessage(ja, issues.find((issue) => issue.id === id)!.message);
    expect(text('no-server-address')).toBe(
      '「パブリック IP アドレスまたはホスト名」が空欄のため、手順書で接続先をユーザーに示せません。',
    );
    expect(text('proposal-uncommon')).toMatch(
      /^Windows 10\/11、Windows 8\/8\.1、macOS、iOS\/iPadOS は IKE の暗号化 aes-192、ESP esp-md5-hmac を提案しない可能性があります。/,
    );
    const note = issues.find((issue) => issue.id === 'no-server-address')!.handoutMessage;
    expect(formatMessage(ja, note)).toBe('VPN サーバーのアドレスを管理者に確認してください。');
  });
});

describe('listOf', () => {
  const cases: [string[], string][] = [
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ];
  it.each(cases)('%j', (items, want) => expect(listOf(items)).toBe(want));
});
