import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { Dialect } from '../dialect';
import { example, printed, V82, V83, V84 } from '../testing/section-helpers';
import { hairpinCommands } from './hairpin';

const HAIRPIN = example({ ipsecSettings: { hairpin: true } });
const OBJECT_NAT = [
  'same-security-traffic permit intra-interface',
  'object network L2TP-Pool',
  ' nat (outside,outside) dynamic interface',
];

const cases: [string, { given: [Answers, Dialect]; want: string[] }][] = [
  ['off by default', { given: [example(), V84], want: [] }],
  ['8.4: object NAT to the VPN interface', { given: [HAIRPIN, V84], want: OBJECT_NAT }],
  ['8.3: object NAT to the VPN interface', { given: [HAIRPIN, V83], want: OBJECT_NAT }],
  [
    '8.2: global + nat 1 for the pool network',
    {
      given: [HAIRPIN, V82],
      want: [
        'same-security-traffic permit intra-interface',
        'global (outside) 1 interface',
        'nat (outside) 1 192.168.1.0 255.255.255.0',
      ],
    },
  ],
  [
    'not with split tunneling',
    { given: [example({ ipsecSettings: { hairpin: true, splitTunnel: true } }), V84], want: [] },
  ],
  [
    'follows the VPN interface and pool object names',
    {
      given: [
        example({
          ipsecSettings: { hairpin: true, poolObjectName: 'VPN-POOL' },
          tunnelInterface: { vpnInterface: 'wan' },
        }),
        V84,
      ],
      want: [
        'same-security-traffic permit intra-interface',
        'object network VPN-POOL',
        ' nat (wan,wan) dynamic interface',
      ],
    },
  ],
];

describe('hairpinCommands', () => {
  it.each(cases)('%s', (_name, { given: [answers, dialect], want }) => {
    expect(printed(hairpinCommands(answers, dialect))).toEqual(want);
  });
});
