import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { Dialect } from '../dialect';
import { example, printed, V82, V83, V84 } from '../testing/section-helpers';
import { cryptoCommands } from './crypto';

const POLICY_BODY = [
  ' authentication pre-share',
  ' encryption 3des',
  ' hash sha',
  ' group 2',
  ' lifetime 86400',
];
const MAP_AND_BIND = [
  'crypto map outside_map 65535 ipsec-isakmp dynamic outside_dyn_map',
  'crypto map outside_map interface outside',
];

const cases: [string, { given: [Answers, Dialect]; want: string[] }][] = [
  [
    'seed 8.4',
    {
      given: [example(), V84],
      want: [
        'crypto ikev1 policy 10',
        ...POLICY_BODY,
        'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
        'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA mode transport',
        'crypto dynamic-map outside_dyn_map 10 set ikev1 transform-set TRANS-ESP-3DES-SHA',
        ...MAP_AND_BIND,
        'crypto ikev1 enable outside',
      ],
    },
  ],
  ...(
    [
      ['seed 8.3', V83],
      ['seed 8.2', V82],
    ] as const
  ).map(([name, dialect]): [string, { given: [Answers, Dialect]; want: string[] }] => [
    `${name}: isakmp forms`,
    {
      given: [example(), dialect],
      want: [
        'crypto isakmp policy 10',
        ...POLICY_BODY,
        'crypto ipsec transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
        'crypto ipsec transform-set TRANS-ESP-3DES-SHA mode transport',
        'crypto dynamic-map outside_dyn_map 10 set transform-set TRANS-ESP-3DES-SHA',
        ...MAP_AND_BIND,
        'crypto isakmp enable outside',
      ],
    },
  ]),
  [
    'PFS and SA lifetime follow the transform-set line; numbers trimmed; certificate → rsa-sig',
    {
      given: [
        example({
          authMethod: { method: 'certificate', tunnelGroupName: 'CERT', trustpoint: 'TP' },
          tunnelInterface: { vpnInterface: 'internet' },
          ikePolicy: {
            priority: ' 20 ',
            encryption: 'aes-256',
            hash: 'md5',
            dhGroup: '14',
            lifetime: '28800',
          },
          transformSet: {
            transformSetName: 'TS-AES',
            espEncryption: 'esp-aes-256',
            espAuthentication: 'esp-md5-hmac',
            dynamicMapName: 'DYN',
            dynamicMapSequence: '5 ',
            cryptoMapName: 'internet_map',
            cryptoMapSequence: '65000',
            saLifetime: ' 3600',
          },
          ipsecSettings: { pfs: true, pfsGroup: '5' },
        }),
        V84,
      ],
      want: [
        'crypto ikev1 policy 20',
        ' authentication rsa-sig',
        ' encryption aes-256',
        ' hash md5',
        ' group 14',
        ' lifetime 28800',
        'crypto ipsec ikev1 transform-set TS-AES esp-aes-256 esp-md5-hmac',
        'crypto ipsec ikev1 transform-set TS-AES mode transport',
        'crypto dynamic-map DYN 5 set ikev1 transform-set TS-AES',
        'crypto dynamic-map DYN 5 set pfs group5',
        'crypto dynamic-map DYN 5 set security-association lifetime seconds 3600',
        'crypto map internet_map 65000 ipsec-isakmp dynamic DYN',
        'crypto map internet_map interface internet',
        'crypto ikev1 enable internet',
      ],
    },
  ],
  [
    'a blank SA lifetime emits no lifetime line',
    {
      given: [example({ transformSet: { saLifetime: '   ' } }), V84],
      want: [
        'crypto ikev1 policy 10',
        ...POLICY_BODY,
        'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA esp-3des esp-sha-hmac',
        'crypto ipsec ikev1 transform-set TRANS-ESP-3DES-SHA mode transport',
        'crypto dynamic-map outside_dyn_map 10 set ikev1 transform-set TRANS-ESP-3DES-SHA',
        ...MAP_AND_BIND,
        'crypto ikev1 enable outside',
      ],
    },
  ],
];

describe('cryptoCommands', () => {
  it.each(cases)('%s', (_name, { given: [answers, dialect], want }) => {
    expect(printed(cryptoCommands(answers, dialect))).toEqual(want);
  });
});
