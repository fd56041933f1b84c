import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { ciscoExample } from '../../domain/defaults';
import { espProposal, ikeProposal } from './proposals';

type Change = (answers: Answers) => void;

function after(change: Change): Answers {
  const answers = ciscoExample();
  change(answers);
  return answers;
}

describe('ikeProposal', () => {
  const cases: [string, Change, string | null][] = [
    ['seed', () => {}, '3des-sha1-modp1024'],
    [
      'AES-256, SHA, group 14',
      (a) => Object.assign(a.ikePolicy, { encryption: 'aes-256', dhGroup: '14' }),
      'aes256-sha1-modp2048',
    ],
    [
      'AES-128 and MD5, group 5',
      (a) => Object.assign(a.ikePolicy, { encryption: 'aes', hash: 'md5', dhGroup: '5' }),
      'aes128-md5-modp1536',
    ],
    [
      'AES-192, group 1',
      (a) => Object.assign(a.ikePolicy, { encryption: 'aes-192', dhGroup: '1' }),
      'aes192-sha1-modp768',
    ],
    ['DH group 7 has no strongSwan name', (a) => (a.ikePolicy.dhGroup = '7'), null],
    ['an unknown value', (a) => ((a.ikePolicy as { hash: string }).hash = 'sha512'), null],
  ];
  it.each(cases)('%s', (_name, change, want) => expect(ikeProposal(after(change))).toBe(want));
});

describe('espProposal', () => {
  const cases: [string, Change, string | null][] = [
    ['seed', () => {}, '3des-sha1'],
    [
      'AES-256 with MD5',
      (a) =>
        Object.assign(a.transformSet, {
          espEncryption: 'esp-aes-256',
          espAuthentication: 'esp-md5-hmac',
        }),
      'aes256-md5',
    ],
    ['esp-none adds no integrity', (a) => (a.transformSet.espAuthentication = 'esp-none'), '3des'],
    ['esp-null', (a) => (a.transformSet.espEncryption = 'esp-null'), 'null-sha1'],
    [
      'PFS appends its group',
      (a) => Object.assign(a.ipsecSettings, { pfs: true, pfsGroup: '14' }),
      '3des-sha1-modp2048',
    ],
    ['PFS group ignored while PFS is off', (a) => (a.ipsecSettings.pfsGroup = '14'), '3des-sha1'],
    [
      'an unknown encryption',
      (a) => ((a.transformSet as { espEncryption: string }).espEncryption = 'x'),
      null,
    ],
  ];
  it.each(cases)('%s', (_name, change, want) => expect(espProposal(after(change))).toBe(want));
});
