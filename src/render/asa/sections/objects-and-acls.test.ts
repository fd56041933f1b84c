import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { Dialect } from '../dialect';
import { example, printed, V82, V83, V84 } from '../testing/section-helpers';
import { objectsAndAclsCommands } from './objects-and-acls';

const POOL_OBJECT = ['object network L2TP-Pool', ' subnet 192.168.1.0 255.255.255.0'];

const cases: [string, { given: [Answers, Dialect]; want: string[] }][] = [
  ['seed 8.4: the pool object only', { given: [example(), V84], want: POOL_OBJECT }],
  ['seed 8.3: the pool object only', { given: [example(), V83], want: POOL_OBJECT }],
  [
    'seed 8.2: no objects, an ACE from any to the pool',
    {
      given: [example(), V82],
      want: ['access-list inside_nat0_outbound extended permit ip any 192.168.1.0 255.255.255.0'],
    },
  ],
  [
    'pool network is start AND mask',
    {
      given: [
        example({
          addressPool: {
            startIp: '10.20.30.77',
            endIp: '10.20.30.90',
            subnetMask: '255.255.255.192',
          },
        }),
        V84,
      ],
      want: ['object network L2TP-Pool', ' subnet 10.20.30.64 255.255.255.192'],
    },
  ],
  [
    'no NAT exemption and no hairpin: nothing',
    { given: [example({ ipsecSettings: { natExempt: false } }), V84], want: [] },
  ],
  [
    'hairpin alone still needs the pool object',
    {
      given: [example({ ipsecSettings: { natExempt: false, hairpin: true } }), V84],
      want: POOL_OBJECT,
    },
  ],
  [
    'hairpin is ignored with split tunneling',
    {
      given: [
        example({
          ipsecSettings: { natExempt: false, hairpin: true, splitTunnel: true, splitNetworks: '' },
        }),
        V84,
      ],
      want: [],
    },
  ],
  [
    'exempt networks get ASDM-named objects; any needs none; bad and duplicate lines are skipped',
    {
      given: [
        example({
          ipsecSettings: {
            exemptNetworks:
              ' 10.1.1.0/24\r\nANY\n\nnot-a-net\n10.2.0.0 255.255.0.0\n10.1.1.0 255.255.255.0',
          },
        }),
        V83,
      ],
      want: [
        ...POOL_OBJECT,
        'object network NETWORK_OBJ_10.1.1.0_24',
        ' subnet 10.1.1.0 255.255.255.0',
        'object network NETWORK_OBJ_10.2.0.0_16',
        ' subnet 10.2.0.0 255.255.0.0',
      ],
    },
  ],
  [
    'split ACL right after the objects, one ACE per network',
    {
      given: [
        example({
          ipsecSettings: {
            splitTunnel: true,
            splitNetworks: '10.10.0.0/16\n172.20.1.0 255.255.255.0',
          },
        }),
        V84,
      ],
      want: [
        ...POOL_OBJECT,
        'access-list SPLIT standard permit 10.10.0.0 255.255.0.0',
        'access-list SPLIT standard permit 172.20.1.0 255.255.255.0',
      ],
    },
  ],
  [
    'split networks are ignored while split tunneling is off',
    {
      given: [example({ ipsecSettings: { splitNetworks: '10.10.0.0/16' } }), V84],
      want: POOL_OBJECT,
    },
  ],
  [
    '8.2: split ACL, then one nat0 ACE per exempt network',
    {
      given: [
        example({
          ipsecSettings: {
            natInsideInterface: 'dmz',
            exemptNetworks: 'any\n10.1.1.0/24',
            splitTunnel: true,
            splitNetworks: '10.10.0.0/16',
            splitAclName: 'L2TP-SPLIT',
          },
        }),
        V82,
      ],
      want: [
        'access-list L2TP-SPLIT standard permit 10.10.0.0 255.255.0.0',
        'access-list dmz_nat0_outbound extended permit ip any 192.168.1.0 255.255.255.0',
        'access-list dmz_nat0_outbound extended permit ip 10.1.1.0 255.255.255.0 192.168.1.0 255.255.255.0',
      ],
    },
  ],
  [
    '8.2 without NAT exemption: nothing',
    { given: [example({ ipsecSettings: { natExempt: false } }), V82], want: [] },
  ],
  [
    'unparseable pool start prints what was typed, sanitised',
    {
      given: [example({ addressPool: { startIp: '192.168.1.x y' } }), V84],
      want: ['object network L2TP-Pool', ' subnet 192.168.1.x_y 255.255.255.0'],
    },
  ],
  [
    'empty names become placeholders',
    {
      given: [
        example({
          ipsecSettings: {
            poolObjectName: ' ',
            splitTunnel: true,
            splitNetworks: '10.10.0.0/16',
            splitAclName: '',
          },
        }),
        V84,
      ],
      want: [
        'object network <pool-object>',
        ' subnet 192.168.1.0 255.255.255.0',
        'access-list <split-acl> standard permit 10.10.0.0 255.255.0.0',
      ],
    },
  ],
];

describe('objectsAndAclsCommands', () => {
  it.each(cases)('%s', (_name, { given: [answers, dialect], want }) => {
    expect(printed(objectsAndAclsCommands(answers, dialect))).toEqual(want);
  });
});
