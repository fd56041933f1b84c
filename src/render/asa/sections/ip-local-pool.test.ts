import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import { example, printed } from '../testing/section-helpers';
import { ipLocalPoolCommands } from './ip-local-pool';

const cases: [string, { given: Answers; want: string[] }][] = [
  [
    'seed pool',
    {
      given: example(),
      want: ['ip local pool Address-pool 192.168.1.1-192.168.1.254 mask 255.255.255.0'],
    },
  ],
  [
    'values are trimmed',
    {
      given: example({
        addressPool: {
          poolName: ' VPN ',
          startIp: ' 10.0.0.10',
          endIp: '10.0.0.20 ',
          subnetMask: '255.255.255.0',
        },
      }),
      want: ['ip local pool VPN 10.0.0.10-10.0.0.20 mask 255.255.255.0'],
    },
  ],
  [
    'missing values show placeholders',
    {
      given: example({ addressPool: { poolName: '', startIp: '', endIp: '', subnetMask: '' } }),
      want: ['ip local pool <pool-name> <start-ip>-<end-ip> mask <subnet-mask>'],
    },
  ],
];

describe('ipLocalPoolCommands', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(printed(ipLocalPoolCommands(given))).toEqual(want);
  });
});
