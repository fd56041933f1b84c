import { describe, expect, it } from 'vitest';
import type { Answers } from '../../../domain/answers';
import { example, printed } from '../testing/section-helpers';
import { usernameCommands } from './usernames';

const TWO_USERS = [
  { username: 'alice', password: 'Blue-Harbor-42' },
  { username: 'bruno', password: 'Quiet#Maple7' },
];
const NO_MSCHAP = { pap: true, chap: false, msChapV1: false, msChapV2: false, eapProxy: false };

const cases: [string, { given: Answers; want: string[] }][] = [
  ['seed user with mschap', { given: example(), want: ['username test password test mschap'] }],
  [
    'mschap with MS-CHAP-V1 alone',
    {
      given: example({ remoteAccessClient: { ppp: { ...NO_MSCHAP, pap: false, msChapV1: true } } }),
      want: ['username test password test mschap'],
    },
  ],
  [
    'no mschap with PAP only',
    {
      given: example({ remoteAccessClient: { ppp: NO_MSCHAP } }),
      want: ['username test password test'],
    },
  ],
  [
    'VPN-only users get service-type right after their line',
    {
      given: example({ userAccounts: { users: TWO_USERS, vpnOnly: true } }),
      want: [
        'username alice password Blue-Harbor-42 mschap',
        'username alice attributes',
        ' service-type remote-access',
        'username bruno password Quiet#Maple7 mschap',
        'username bruno attributes',
        ' service-type remote-access',
      ],
    },
  ],
  ['no users', { given: example({ userAccounts: { users: [], vpnOnly: true } }), want: [] }],
  [
    'an AAA server group creates no users',
    { given: example({ clientAuthentication: { userDatabase: 'aaa' } }), want: [] },
  ],
  [
    'empty and hostile values stay one token each',
    {
      given: example({
        userAccounts: { users: [{ username: '', password: 'p w?\r\nexit' }], vpnOnly: false },
      }),
      want: ['username <username> password p_w___exit mschap'],
    },
  ],
];

describe('usernameCommands', () => {
  it.each(cases)('%s', (_name, { given, want }) => {
    expect(printed(usernameCommands(given))).toEqual(want);
  });
});
