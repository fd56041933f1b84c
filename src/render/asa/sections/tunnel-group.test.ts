import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { Dialect } from '../dialect';
import { example, printed, V82, V83, V84 } from '../testing/section-helpers';
import { tunnelGroupCommands } from './tunnel-group';

const SEED_PPP = [
  'tunnel-group DefaultRAGroup ppp-attributes',
  ' no authentication pap',
  ' no authentication chap',
  ' authentication ms-chap-v1',
  ' authentication ms-chap-v2',
  ' no authentication eap-proxy',
];
const SEED_GENERAL = [
  'tunnel-group DefaultRAGroup general-attributes',
  ' address-pool Address-pool',
  ' default-group-policy L2TP-VPN',
];
const certificate = (tunnelGroupName: string) =>
  example({
    authMethod: { method: 'certificate', preSharedKey: '', tunnelGroupName, trustpoint: 'ASA-ID' },
  });

const cases: [string, { given: [Answers, Dialect]; want: string[] }][] = [
  [
    'seed 8.4',
    {
      given: [example(), V84],
      want: [
        ...SEED_GENERAL,
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' ikev1 pre-shared-key C!sc0@123',
        ...SEED_PPP,
      ],
    },
  ],
  [
    'seed 8.3: pre-shared-key without ikev1',
    {
      given: [example(), V83],
      want: [
        ...SEED_GENERAL,
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' pre-shared-key C!sc0@123',
        ...SEED_PPP,
      ],
    },
  ],
  [
    'a pre-shared key always uses DefaultRAGroup, whatever the name field holds',
    {
      given: [example({ authMethod: { tunnelGroupName: 'OTHER' } }), V82],
      want: [
        ...SEED_GENERAL,
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' pre-shared-key C!sc0@123',
        ...SEED_PPP,
      ],
    },
  ],
  [
    'AAA adds authentication-server-group between pool and policy; all five PPP lines',
    {
      given: [
        example({
          clientAuthentication: { userDatabase: 'aaa', aaaServerGroup: 'RADIUS-SRV' },
          remoteAccessClient: {
            ppp: { pap: true, chap: true, msChapV1: false, msChapV2: true, eapProxy: true },
          },
        }),
        V84,
      ],
      want: [
        'tunnel-group DefaultRAGroup general-attributes',
        ' address-pool Address-pool',
        ' authentication-server-group RADIUS-SRV',
        ' default-group-policy L2TP-VPN',
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' ikev1 pre-shared-key C!sc0@123',
        'tunnel-group DefaultRAGroup ppp-attributes',
        ' authentication pap',
        ' authentication chap',
        ' no authentication ms-chap-v1',
        ' authentication ms-chap-v2',
        ' authentication eap-proxy',
      ],
    },
  ],
  [
    'certificate with a custom group: type remote-access first, ikev1 trust-point',
    {
      given: [certificate('L2TP-CERT'), V84],
      want: [
        'tunnel-group L2TP-CERT type remote-access',
        'tunnel-group L2TP-CERT general-attributes',
        ' address-pool Address-pool',
        ' default-group-policy L2TP-VPN',
        'tunnel-group L2TP-CERT ipsec-attributes',
        ' ikev1 trust-point ASA-ID',
        ...SEED_PPP.map((line) => line.replace('DefaultRAGroup', 'L2TP-CERT')),
      ],
    },
  ],
  [
    'certificate on a built-in group, 8.3: no type line, trust-point',
    {
      given: [certificate('DefaultRAGroup'), V83],
      want: [
        ...SEED_GENERAL,
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' trust-point ASA-ID',
        ...SEED_PPP,
      ],
    },
  ],
  [
    'an empty pre-shared key shows a placeholder',
    {
      given: [example({ authMethod: { preSharedKey: '' } }), V84],
      want: [
        ...SEED_GENERAL,
        'tunnel-group DefaultRAGroup ipsec-attributes',
        ' ikev1 pre-shared-key <pre-shared-key>',
        ...SEED_PPP,
      ],
    },
  ],
];

describe('tunnelGroupCommands', () => {
  it.each(cases)('%s', (_name, { given: [answers, dialect], want }) => {
    expect(printed(tunnelGroupCommands(answers, dialect))).toEqual(want);
  });
});
