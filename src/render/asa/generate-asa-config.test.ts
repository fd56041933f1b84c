import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { maskSecrets, secretValues, SECRET_MASK } from '../../domain/secrets';
import { buildAsaSections, generateAsaConfig } from './generate-asa-config';

const FIXTURES = new URL('./fixtures/', import.meta.url);

function loadAnswers(name: string): Answers {
  return JSON.parse(readFileSync(new URL(`${name}.answers.json`, FIXTURES), 'utf8')) as Answers;
}

function commandLines(config: string): string[] {
  return config.split('\n').filter((line) => line !== '' && !line.startsWith('!'));
}

/**
 * Golden files: `<name>.answers.json` in, `<name>.asa.txt` out, both reviewed as plain text.
 * Update deliberately with `npx vitest run src/render/asa -u` and review the diff.
 */
const SCENARIOS = [
  'cisco-8.4',
  'cisco-8.3',
  'cisco-8.2',
  'split-tunnel',
  'radius',
  'local-users-wins',
  'certificate-pfs-hairpin',
];

describe('generateAsaConfig golden files', () => {
  it.each(SCENARIOS)('%s', async (name) => {
    const expected = new URL(`${name}.asa.txt`, FIXTURES);
    // A deleted golden file must fail, not be silently rewritten.
    expect(existsSync(expected), `missing ${expected.pathname}`).toBe(true);
    await expect(generateAsaConfig(loadAnswers(name))).toMatchFileSnapshot(expected.pathname);
  });

  it.each([
    ['cisco-8.4', '8.4-or-later'],
    ['cisco-8.3', '8.3'],
    ['cisco-8.2', '8.2-or-earlier'],
  ] as const)('%s answers are the Cisco example in dialect %s', (name, version) => {
    const answers = ciscoExample();
    answers.introduction.asaVersion = version;
    expect(loadAnswers(name)).toEqual(answers);
  });
});

/** reference.md §1.2, copied verbatim: the canonical output for the seed inputs on 8.4+. */
const REFERENCE_1_2 = [
  'sysopt connection permit-vpn',
  'object network L2TP-Pool',
  ' subnet 192.168.1.0 255.255.255.0',
  'ip local pool Address-pool 192.168.1.1-192.168.1.254 mask 255.255.255.0',
  'username test password test mschap',
  'group-policy L2TP-VPN internal',
  'group-policy L2TP-VPN attributes',
  ' dns-server value 8.8.8.8 4.4.4.2',
  ' vpn-tunnel-protocol l2tp-ipsec',
  ' default-domain value cisco.com',
  'tunnel-group DefaultRAGroup general-attributes',
  ' address-pool Address-pool',
  ' default-group-policy L2TP-VPN',
  'tunnel-group DefaultRAGroup ipsec-attributes',
  ' ikev1 pre-shared-key C!sc0@123',
  'tunnel-group DefaultRAGroup ppp-attributes',
  ' no authentication pap',
  ' no authentication chap',
  ' authentication ms-chap-v1',
  ' authentication ms-chap-v2',
  ' no authentication eap-proxy',
  'crypto ikev1 policy 10',
  ' authentication pre-share',
  ' encryption 3des',
  ' hash sha',
  ' group 2',
  ' lifetime 86400',
  'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
  'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA mode transport',
  'crypto dynamic-map outside_dyn_map 10 set ikev1 transform-set TRANS-ESP-3DES-SHA',
  'crypto map outside_map 65535 ipsec-isakmp dynamic outside_dyn_map',
  'crypto map outside_map interface outside',
  'crypto ikev1 enable outside',
  'nat (inside,outside) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp route-lookup',
];

describe('the Cisco example', () => {
  it('equals reference.md §1.2 line for line, ! lines aside', () => {
    expect(commandLines(generateAsaConfig(ciscoExample()))).toEqual(REFERENCE_1_2);
  });

  it('split-tunnel variant adds the ACL after the pool object and three policy lines after default-domain (§1.2)', () => {
    const answers = ciscoExample();
    answers.ipsecSettings.splitTunnel = true;
    answers.ipsecSettings.splitNetworks = '10.1.1.0/24';
    const want = [...REFERENCE_1_2];
    want.splice(3, 0, 'access-list SPLIT standard permit 10.1.1.0 255.255.255.0');
    want.splice(
      want.indexOf(' default-domain value cisco.com') + 1,
      0,
      ' split-tunnel-policy tunnelspecified',
      ' split-tunnel-network-list value SPLIT',
      ' intercept-dhcp 255.255.255.255 enable',
    );
    expect(commandLines(generateAsaConfig(answers))).toEqual(want);
  });

  /** reference.md §3.1 "Seed in 8.3" / "Seed in 8.2": the six replacements and the NAT lines. */
  const SIX_84_ONLY_LINES: [string, string][] = [
    ['crypto ikev1 policy 10', 'crypto isakmp policy 10'],
    [
      'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
      'crypto ipsec transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
    ],
    [
      'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA mode transport',
      'crypto ipsec transform-set TRANS-ESP-3DES-SHA mode transport',
    ],
    [
      'crypto dynamic-map outside_dyn_map 10 set ikev1 transform-set TRANS-ESP-3DES-SHA',
      'crypto dynamic-map outside_dyn_map 10 set transform-set TRANS-ESP-3DES-SHA',
    ],
    [' ikev1 pre-shared-key C!sc0@123', ' pre-shared-key C!sc0@123'],
    ['crypto ikev1 enable outside', 'crypto isakmp enable outside'],
  ];
  const NAT_84 = REFERENCE_1_2.at(-1) ?? '';

  function seedIn(version: Answers['introduction']['asaVersion']): string[] {
    const answers = ciscoExample();
    answers.introduction.asaVersion = version;
    return commandLines(generateAsaConfig(answers));
  }

  function withSixReplacements(lines: string[]): string[] {
    return lines.map((line) => SIX_84_ONLY_LINES.find(([old]) => old === line)?.[1] ?? line);
  }

  it('in 8.3 replaces the six 8.4-only lines and drops route-lookup', () => {
    const want = withSixReplacements(REFERENCE_1_2);
    want[want.indexOf(NAT_84)] =
      'nat (inside,outside) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp';
    expect(seedIn('8.3')).toEqual(want);
  });

  it('in 8.2 has no objects, an ACE in block 2 and nat 0 last', () => {
    const want = withSixReplacements(REFERENCE_1_2).filter(
      (line) => line !== 'object network L2TP-Pool' && line !== ' subnet 192.168.1.0 255.255.255.0',
    );
    want.splice(
      1,
      0,
      'access-list inside_nat0_outbound extended permit ip any 192.168.1.0 255.255.255.0',
    );
    want[want.indexOf(NAT_84)] = 'nat (inside) 0 access-list inside_nat0_outbound';
    expect(seedIn('8.2-or-earlier')).toEqual(want);
  });
});

describe('generateAsaConfig', () => {
  it('starts with the ! header naming the target and how to apply it', () => {
    const answers = ciscoExample();
    answers.introduction.asaVersion = '8.3';
    expect(generateAsaConfig(answers).split('\n').slice(0, 4)).toEqual([
      '! L2TP over IPsec remote access (IKEv1) for native clients',
      '! Target: Cisco ASA 8.3',
      '! Paste in global configuration mode (configure terminal), review, then save with write memory',
      '!',
    ]);
  });

  it('never puts a secret into a comment', () => {
    const answers = loadAnswers('radius');
    const comments = generateAsaConfig(answers)
      .split('\n')
      .filter((line) => line.startsWith('!'));
    for (const secret of [
      answers.authMethod.preSharedKey,
      answers.clientAuthentication.aaaSecretKey,
    ]) {
      expect(comments.join('\n')).not.toContain(secret);
    }
  });

  it('ends with exactly one newline and has no exit or empty lines', () => {
    const config = generateAsaConfig(ciscoExample());
    expect(config.endsWith('\n') && !config.endsWith('\n\n')).toBe(true);
    expect(config.slice(0, -1).split('\n')).not.toContain('');
    expect(config).not.toMatch(/^\s*exit\s*$/m);
  });

  it('orders the sections as reference.md §3.2, hairpin last, and leaves out empty ones', () => {
    const answers = ciscoExample();
    answers.clientAuthentication.userDatabase = 'aaa';
    answers.ipsecSettings.hairpin = true;
    expect(buildAsaSections(answers).map((section) => section.title)).toEqual([
      'Bypass interface access lists',
      'Network objects and access lists',
      'Address pool',
      'AAA server group',
      'Group policy',
      'Tunnel group',
      'IKE policy, transform set and crypto map',
      'NAT exemption',
      'Internet access for full-tunnel clients (hairpin)',
    ]);
  });
});

describe('the masked preview (Mask secrets)', () => {
  it('contains no secret, only the mask', () => {
    const answers = ciscoExample();
    answers.userAccounts.users = [
      { username: 'test', password: 'Test-pw-1' },
      { username: 'alice', password: 'Al1ce-pw' },
    ];
    answers.clientAuthentication = {
      ...answers.clientAuthentication,
      userDatabase: 'aaa',
      aaaServerGroup: 'RAD',
      aaaServerIp: '10.1.1.10',
      aaaSecretKey: 'radius-key',
      aaaSecretKeyConfirm: 'radius-key',
    };
    for (const database of ['aaa', 'local'] as const) {
      answers.clientAuthentication.userDatabase = database;
      const text = generateAsaConfig(maskSecrets(answers));
      for (const secret of secretValues(answers)) expect(text).not.toContain(secret);
      expect(text).toContain(SECRET_MASK);
    }
  });
});
