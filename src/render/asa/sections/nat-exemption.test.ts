import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { Dialect } from '../dialect';
import { example, printed, V82, V83, V84 } from '../testing/section-helpers';
import { natExemptionCommands } from './nat-exemption';

const TWO_NETWORKS = example({ ipsecSettings: { exemptNetworks: '10.1.1.0/24\nany' } });

const cases: [string, { given: [Answers, Dialect]; want: string[] }][] = [
  [
    'seed 8.4: route-lookup',
    {
      given: [example(), V84],
      want: [
        'nat (inside,outside) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp route-lookup',
      ],
    },
  ],
  [
    'seed 8.3: no route-lookup',
    {
      given: [example(), V83],
      want: [
        'nat (inside,outside) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp',
      ],
    },
  ],
  [
    'seed 8.2: nat 0 with the ACL',
    { given: [example(), V82], want: ['nat (inside) 0 access-list inside_nat0_outbound'] },
  ],
  [
    'one line per exempt network, any first',
    {
      given: [TWO_NETWORKS, V84],
      want: [
        'nat (inside,outside) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp route-lookup',
        'nat (inside,outside) source static NETWORK_OBJ_10.1.1.0_24 NETWORK_OBJ_10.1.1.0_24 destination static L2TP-Pool L2TP-Pool no-proxy-arp route-lookup',
      ],
    },
  ],
  [
    '8.2: one nat 0 line for all networks',
    { given: [TWO_NETWORKS, V82], want: ['nat (inside) 0 access-list inside_nat0_outbound'] },
  ],
  [
    'interfaces come from the NAT exemption and VPN fields',
    {
      given: [
        example({
          ipsecSettings: { natInsideInterface: 'dmz' },
          tunnelInterface: { vpnInterface: 'internet' },
        }),
        V83,
      ],
      want: [
        'nat (dmz,internet) source static any any destination static L2TP-Pool L2TP-Pool no-proxy-arp',
      ],
    },
  ],
  ...([V84, V83, V82] as const).map(
    (dialect): [string, { given: [Answers, Dialect]; want: string[] }] => [
      `exemption off in ${dialect.version}: no NAT lines at all`,
      { given: [example({ ipsecSettings: { natExempt: false } }), dialect], want: [] },
    ],
  ),
  [
    'only unparseable networks: nothing',
    { given: [example({ ipsecSettings: { exemptNetworks: '10.1.1/24' } }), V82], want: [] },
  ],
];

describe('natExemptionCommands', () => {
  it.each(cases)('%s', (_name, { given: [answers, dialect], want }) => {
    expect(printed(natExemptionCommands(answers, dialect))).toEqual(want);
  });
});
