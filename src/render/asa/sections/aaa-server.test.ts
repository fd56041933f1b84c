import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import type { AaaProtocol } from '../../../domain/options';
import { example, printed } from '../testing/section-helpers';
import { aaaServerCommands } from './aaa-server';

function aaa(protocol: AaaProtocol): Answers {
  return example({
    clientAuthentication: {
      userDatabase: 'aaa',
      aaaServerGroup: 'RADIUS-SRV',
      aaaProtocol: protocol,
      aaaServerIp: '10.1.1.10',
      aaaInterface: 'inside',
      aaaSecretKey: 's3cret!',
      aaaSecretKeyConfirm: 's3cret!',
    },
  });
}

const hostLines = (protocol: string) => [
  `aaa-server RADIUS-SRV protocol ${protocol}`,
  'aaa-server RADIUS-SRV (inside) host 10.1.1.10',
];

const cases: [string, { given: Answers; want: string[] }][] = [
  ['LOCAL: nothing', { given: example(), want: [] }],
  [
    'RADIUS: group, host and key',
    { given: aaa('radius'), want: [...hostLines('radius'), ' key s3cret!'] },
  ],
  [
    'TACACS+: group, host and key',
    { given: aaa('tacacs+'), want: [...hostLines('tacacs+'), ' key s3cret!'] },
  ],
  ['LDAP: no key', { given: aaa('ldap'), want: hostLines('ldap') }],
  ['NT: no key', { given: aaa('nt'), want: hostLines('nt') }],
  ['Kerberos: no key', { given: aaa('kerberos'), want: hostLines('kerberos') }],
  ['SDI: no key', { given: aaa('sdi'), want: hostLines('sdi') }],
  [
    'a key with a line break cannot start a new line',
    {
      given: example({
        clientAuthentication: {
          ...aaa('radius').clientAuthentication,
          aaaSecretKey: 'a\nwrite erase',
        },
      }),
      want: [...hostLines('radius'), ' key a_write_erase'],
    },
  ],
];

describe('aaaServerCommands', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(printed(aaaServerCommands(given))).toEqual(want);
  });
});
