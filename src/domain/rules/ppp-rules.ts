/**
 * PPP authentication against the user database (P-AAA, doc 200340's table [V]) and against what
 * Windows can use (P-WIN, W-PAP), plus the `mschap` reminder for users created elsewhere (P-MSCHAP).
 */
import type { Answers } from '../answers';
import { AAA_PROTOCOLS, optionLabel, pppLabel, PPP_TYPES, type PppType } from '../options';
import { msg, type Msg } from '../../i18n/catalogue';
import { commaList } from './list-message';
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

function unsupportedMessage(type: PppType, db: Database): Msg {
  if (db === 'local') {
    return msg(type === 'chap' ? 'rules.ppp.localUnsupportedChap' : 'rules.ppp.localUnsupported', {
      type: pppLabel(type),
    });
  }
  const allowed = PPP_SUPPORT[db].map(pppLabel);
  return allowed.length === 0
    ? msg('rules.ppp.serverNone', { type: pppLabel(type), protocol: protocolLabel(db) })
    : msg('rules.ppp.serverUnsupported', {
        type: pppLabel(type),
        protocol: protocolLabel(db),
        allowed: commaList(allowed),
      });
}

export const pppRules: Rule[] = [
  // P-AAA: shown on step 3 (where the box is) and on step 5 (where the database is chosen).
  (a) => {
    const db = database(a);
    return ticked(a)
      .filter((type) => !PPP_SUPPORT[db].includes(type))
      .flatMap((type) => {
        if (db === 'sdi' && type === 'pap') {
          return [warning('P-AAA', 'remoteAccessClient.ppp.pap', msg('rules.ppp.sdiPap'))];
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
      ? [warning('P-WIN', 'remoteAccessClient.ppp.msChapV2', msg('rules.ppp.msChapV1Alone'))]
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
            msg('rules.ppp.papWeak'),
          ),
        ]
      : [],
  (a) =>
    a.clientAuthentication.userDatabase === 'local' &&
    (a.remoteAccessClient.ppp.msChapV1 || a.remoteAccessClient.ppp.msChapV2)
      ? [warning('P-MSCHAP', 'userAccounts.users', msg('rules.ppp.mschapUsers'))]
      : [],
];
