/**
 * PPP authentication against the user database (P-AAA, doc 200340's table [V]) and against what
 * Windows can use (P-WIN, W-PAP), plus the `mschap` reminder for users created elsewhere (P-MSCHAP).
 */
import type { Answers } from '../answers';
import { AAA_PROTOCOLS, optionLabel, pppLabel, PPP_TYPES, type PppType } from '../options';
import { error, warning, type Rule } from './rule';

type Database = 'local' | (typeof AAA_PROTOCOLS)[number][0];

/** Which PPP types each user database supports for L2TP (reference.md §4). */
export const PPP_SUPPORT: Record<Database, readonly PppType[]> = {
  local: ['pap', 'msChapV1', 'msChapV2'],
  radius: ['pap', 'chap', 'msChapV1', 'msChapV2', 'eapProxy'],
  'tacacs+': ['pap', 'chap', 'msChapV1'],
  ldap: ['pap'],
  nt: ['pap'],
  kerberos: ['pap'],
  // Cisco's table says "SDI", none of the five keywords; PAP is the only candidate, so it gets a warning [K].
  sdi: [],
};

const protocolLabel = (protocol: string) => optionLabel(AAA_PROTOCOLS, protocol);

function database(a: Answers): Database {
  return a.clientAuthentication.userDatabase === 'local'
    ? 'local'
    : a.clientAuthentication.aaaProtocol;
}

function ticked(a: Answers): PppType[] {
  return PPP_TYPES.map(([key]) => key).filter((key) => a.remoteAccessClient.ppp[key]);
}

function unsupportedMessage(type: PppType, db: Database): string {
  const allowed = PPP_SUPPORT[db].map(pppLabel).join(', ') || 'none of the five types';
  if (db === 'local') {
    const alternative =
      type === 'chap' ? 'a RADIUS or TACACS+ server group' : 'a RADIUS server group';
    return `${pppLabel(type)} is not supported with the LOCAL user database; use MS-CHAP-V2, or authenticate with ${alternative}.`;
  }
  return `${pppLabel(type)} is not supported with a ${protocolLabel(db)} server group for L2TP; allowed: ${allowed}.`;
}

export const pppRules: Rule[] = [
  // P-AAA: shown on step 3 (where the box is) and on step 5 (where the database is chosen).
  (a) => {
    const db = database(a);
    return ticked(a)
      .filter((type) => !PPP_SUPPORT[db].includes(type))
      .flatMap((type) => {
        if (db === 'sdi' && type === 'pap') {
          return [
            warning(
              'P-AAA',
              'remoteAccessClient.ppp.pap',
              'PAP with an SDI server group is unverified for L2TP; test it before relying on it.',
            ),
          ];
        }
        const message = unsupportedMessage(type, db);
        return [
          error('P-AAA', `remoteAccessClient.ppp.${type}`, message),
          error(
            'P-AAA',
            a.clientAuthentication.userDatabase === 'local'
              ? 'clientAuthentication.userDatabase'
              : 'clientAuthentication.aaaProtocol',
            message,
          ),
        ];
      });
  },
  (a) => {
    const p = a.remoteAccessClient.ppp;
    return p.msChapV1 && !p.pap && !p.chap && !p.msChapV2 && !p.eapProxy
      ? [
          warning(
            'P-WIN',
            'remoteAccessClient.ppp.msChapV2',
            'Windows clients cannot use MS-CHAP v1 alone; add MS-CHAP-V2.',
          ),
        ]
      : [];
  },
  (a) =>
    a.remoteAccessClient.ppp.pap || a.remoteAccessClient.ppp.chap
      ? [
          warning(
            'W-PAP',
            a.remoteAccessClient.ppp.pap
              ? 'remoteAccessClient.ppp.pap'
              : 'remoteAccessClient.ppp.chap',
            "PAP/CHAP are weak, and they force Windows 'Optional encryption'.",
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'local' &&
    (a.remoteAccessClient.ppp.msChapV1 || a.remoteAccessClient.ppp.msChapV2)
      ? [
          warning(
            'P-MSCHAP',
            'userAccounts.users',
            "Users created outside this wizard must also have been created with 'mschap', or their MS-CHAP logins fail (Windows error 691).",
          ),
        ]
      : [],
];
