import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unknownLines } from './known-templates';
import { undefinedReferences } from './references';

/** The helpers must be able to fail, or the property tests built on them prove nothing. */
const golden = (name: string) =>
  readFileSync(new URL(`../fixtures/${name}.asa.txt`, import.meta.url), 'utf8');

describe('unknownLines', () => {
  it.each([
    ['cisco-8.4', '8.4-or-later'],
    ['cisco-8.3', '8.3'],
    ['cisco-8.2', '8.2-or-earlier'],
    ['certificate-pfs-hairpin', '8.4-or-later'],
  ] as const)('accepts the %s golden file', (name, version) => {
    expect(unknownLines(golden(name), version)).toEqual([]);
  });

  const cases: [string, { given: string; want: string[] }][] = [
    [
      'an 8.4 keyword in 8.2',
      { given: 'crypto ikev1 enable outside\n', want: ['crypto ikev1 enable outside'] },
    ],
    ['an exit line', { given: 'exit\n', want: ['exit'] }],
    [
      'a child under the wrong parent',
      { given: 'ip local pool P 10.0.0.1-10.0.0.9 mask 255.0.0.0\n key x\n', want: [' key x'] },
    ],
    [
      'a doubled indentation',
      {
        given: 'group-policy G attributes\n  vpn-tunnel-protocol l2tp-ipsec\n',
        want: ['  vpn-tunnel-protocol l2tp-ipsec'],
      },
    ],
    ['a token with ?', { given: 'username a? password b\n', want: ['username a? password b'] }],
  ];
  it.each(cases)('rejects %s', (_name, { given, want }) => {
    expect(unknownLines(given, '8.2-or-earlier')).toEqual(want);
  });
});

describe('undefinedReferences', () => {
  it('accepts the golden files', () => {
    for (const name of [
      'cisco-8.4',
      'cisco-8.2',
      'radius',
      'split-tunnel',
      'certificate-pfs-hairpin',
    ]) {
      expect(undefinedReferences(golden(name))).toEqual([]);
    }
  });

  const cases: [string, { given: string; want: number }][] = [
    [
      'a pool used before it exists',
      {
        given:
          'tunnel-group T type remote-access\ntunnel-group T general-attributes\n address-pool P\nip local pool P x\n',
        want: 1,
      },
    ],
    [
      'a custom tunnel group without type',
      { given: 'tunnel-group T general-attributes\n', want: 1 },
    ],
    ['a group policy without internal', { given: 'group-policy G attributes\n', want: 1 }],
    ['DfltGrpPolicy is built in', { given: 'group-policy DfltGrpPolicy attributes\n', want: 0 }],
    [
      'a dynamic map naming an undefined transform set',
      { given: 'crypto dynamic-map D 10 set ikev1 transform-set T\n', want: 1 },
    ],
    ['a crypto map bound before its entry', { given: 'crypto map M interface outside\n', want: 1 }],
    ['an undefined aaa-server group', { given: ' authentication-server-group R\n', want: 1 }],
    ['an undefined split ACL', { given: ' split-tunnel-network-list value S\n', want: 1 }],
    [
      'a nat naming an undefined object',
      {
        given: 'nat (inside,outside) source static any any destination static P P no-proxy-arp\n',
        want: 2,
      },
    ],
    [
      'an object nat before the subnet',
      { given: 'object network P\n nat (outside,outside) dynamic interface\n', want: 1 },
    ],
    [
      'an undefined nat 0 ACL',
      { given: 'nat (inside) 0 access-list inside_nat0_outbound\n', want: 1 },
    ],
  ];
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(undefinedReferences(given)).toHaveLength(want);
  });
});
