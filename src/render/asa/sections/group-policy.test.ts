import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import { example, printed } from '../testing/section-helpers';
import { groupPolicyCommands } from './group-policy';

const NO_SERVERS = { dnsPrimary: '', dnsSecondary: '', winsPrimary: '', winsSecondary: '' };

const cases: [string, { given: Answers; want: string[] }][] = [
  [
    'seed policy',
    {
      given: example(),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' dns-server value 8.8.8.8 4.4.4.2',
        ' vpn-tunnel-protocol l2tp-ipsec',
        ' default-domain value cisco.com',
      ],
    },
  ],
  [
    'DfltGrpPolicy is built in: no internal line',
    {
      given: example({
        clientAttributes: { ...NO_SERVERS, groupPolicyName: 'DfltGrpPolicy', defaultDomain: '' },
      }),
      want: ['group-policy DfltGrpPolicy attributes', ' vpn-tunnel-protocol l2tp-ipsec'],
    },
  ],
  [
    'WINS without DNS, one DNS, order dns → wins → protocol → domain',
    {
      given: example({
        clientAttributes: {
          dnsPrimary: '10.1.1.5',
          dnsSecondary: '',
          winsPrimary: '10.1.1.20',
          winsSecondary: '10.1.1.21',
        },
      }),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' dns-server value 10.1.1.5',
        ' wins-server value 10.1.1.20 10.1.1.21',
        ' vpn-tunnel-protocol l2tp-ipsec',
        ' default-domain value cisco.com',
      ],
    },
  ],
  [
    'a secondary without a primary is not emitted (validation reports it)',
    {
      given: example({
        clientAttributes: { ...NO_SERVERS, dnsSecondary: '4.4.4.2', defaultDomain: '' },
      }),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' vpn-tunnel-protocol l2tp-ipsec',
      ],
    },
  ],
  [
    'split lines in the same block, after default-domain',
    {
      given: example({ ipsecSettings: { splitTunnel: true, splitNetworks: '10.10.0.0/16' } }),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' dns-server value 8.8.8.8 4.4.4.2',
        ' vpn-tunnel-protocol l2tp-ipsec',
        ' default-domain value cisco.com',
        ' split-tunnel-policy tunnelspecified',
        ' split-tunnel-network-list value SPLIT',
        ' intercept-dhcp 255.255.255.255 enable',
      ],
    },
  ],
  [
    'split without intercept-dhcp, custom ACL name',
    {
      given: example({
        clientAttributes: { ...NO_SERVERS, defaultDomain: '' },
        ipsecSettings: { splitTunnel: true, splitAclName: 'L2TP-SPLIT', interceptDhcp: false },
      }),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' vpn-tunnel-protocol l2tp-ipsec',
        ' split-tunnel-policy tunnelspecified',
        ' split-tunnel-network-list value L2TP-SPLIT',
      ],
    },
  ],
  [
    'intercept-dhcp prints the configured netmask',
    {
      given: example({
        clientAttributes: { ...NO_SERVERS, defaultDomain: '' },
        ipsecSettings: { splitTunnel: true, interceptDhcpNetmask: '255.255.255.0' },
      }),
      want: [
        'group-policy L2TP-VPN internal',
        'group-policy L2TP-VPN attributes',
        ' vpn-tunnel-protocol l2tp-ipsec',
        ' split-tunnel-policy tunnelspecified',
        ' split-tunnel-network-list value SPLIT',
        ' intercept-dhcp 255.255.255.0 enable',
      ],
    },
  ],
];

describe('groupPolicyCommands', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(printed(groupPolicyCommands(given))).toEqual(want);
  });
});
