/**
 * strongSwan + xl2tpd files for a Linux client on the command line (reference.md §6, Linux (CLI)):
 * /etc/ipsec.conf, /etc/ipsec.secrets, /etc/xl2tpd/xl2tpd.conf, /etc/ppp/options.l2tpd.client.
 * Values from the answers are reduced to what each file format can hold, so a hostile value can
 * never add a line to a file that root reads.
 */
import { PPP_TYPES, type PppType } from '../../domain/options';
import type { ConfigFile } from '../windows/checklist-types';
import { PSK_PLACEHOLDER_ARGUMENT } from '../windows/powershell';
import { utf8Base64 } from './base64';
import type { ClientFacts } from './client-facts';

/** The conn (ipsec.conf) and lac (xl2tpd) name: fixed, so no user text reaches those headers. */
export const LINUX_CONNECTION = 'asa-l2tp';

export const LINUX_FILES = {
  ipsecConf: '/etc/ipsec.conf',
  ipsecSecrets: '/etc/ipsec.secrets',
  xl2tpdConf: '/etc/xl2tpd/xl2tpd.conf',
  pppOptions: '/etc/ppp/options.l2tpd.client',
} as const;

/** An IPv4 address or DNS name keeps only the characters such names have. */
export function hostToken(server: string): string {
  const token = server.replace(/[^A-Za-z0-9.-]/g, '');
  return token === '' ? '<server address>' : token;
}

/**
 * ipsec.secrets: a quoted string cannot contain a double quote or a line break, and a leading 0x/0s
 * would be read as hex/Base64 [V, strongSwan wiki PskSecret]; such keys are written as 0s + Base64.
 */
export function pskSecret(key: string | null): string {
  if (key === null) return `"${PSK_PLACEHOLDER_ARGUMENT}"`;
  return /^[^"\r\n\u2028\u2029]*$/.test(key) && !/^0[xs]/i.test(key)
    ? `"${key}"`
    : `0s${utf8Base64(key)}`;
}

/** pppd's refuse option for each PPP type [V man pppd]. */
const REFUSE: Record<PppType, string> = {
  pap: 'refuse-pap',
  chap: 'refuse-chap',
  msChapV1: 'refuse-mschap',
  msChapV2: 'refuse-mschap-v2',
  eapProxy: 'refuse-eap',
};

function ipsecConf(facts: ClientFacts, server: string): string {
  const lines = [
    '# L2TP/IPsec to the VPN server: IKEv1 main mode with a pre-shared key, transport mode.',
    'config setup',
    '',
    `conn ${LINUX_CONNECTION}`,
    '    keyexchange=ikev1',
    '    authby=secret',
    '    type=transport',
    '    left=%defaultroute',
    '    leftprotoport=17/1701',
    `    right=${server}`,
    '    rightprotoport=17/1701',
    // "!" = propose only this: the ASA accepts nothing else, so a wider list only adds failures.
    facts.ikeProposal === null
      ? '    # The IKE policy of the VPN server has no strongSwan equivalent: ask your administrator.'
      : `    ike=${facts.ikeProposal}!`,
    facts.espProposal === null
      ? '    # The transform set of the VPN server has no strongSwan equivalent: ask your administrator.'
      : `    esp=${facts.espProposal}!`,
  ];
  if (facts.ikeLifetime !== null) lines.push(`    ikelifetime=${facts.ikeLifetime}s`);
  if (facts.saLifetime !== null) lines.push(`    lifetime=${facts.saLifetime}s`);
  lines.push('    auto=add');
  return `${lines.join('\n')}\n`;
}

function pppOptions(facts: ClientFacts): string {
  const refused = PPP_TYPES.filter(([key]) => !facts.ppp[key]).map(([key]) => REFUSE[key]);
  const allowed = PPP_TYPES.filter(([key]) => facts.ppp[key]).map(([, label]) => label);
  return [
    '# PPP options of the L2TP connection (pppd, started by xl2tpd).',
    'ipcp-accept-local',
    'ipcp-accept-remote',
    // Only refuse-* lines: require-* would ask the VPN server to authenticate itself to us.
    `# Sign-in methods the VPN server does not allow (it allows ${allowed.join(', ') || 'none'}):`,
    ...refused,
    'noccp',
    'noauth',
    'mtu 1280',
    'mru 1280',
    'noipdefault',
    'usepeerdns',
    'connect-delay 5000',
    '# Replace both placeholders with the user name you were given and your password.',
    'name YOUR-USER-NAME',
    'password YOUR-PASSWORD',
    '',
  ].join('\n');
}

export function linuxConfigFiles(facts: ClientFacts): ConfigFile[] {
  const server = hostToken(facts.serverAddress);
  return [
    { path: LINUX_FILES.ipsecConf, content: ipsecConf(facts, server) },
    {
      path: LINUX_FILES.ipsecSecrets,
      content: `# Keep this file readable by root only.\n: PSK ${pskSecret(facts.preSharedKey)}\n`,
    },
    {
      path: LINUX_FILES.xl2tpdConf,
      content: [
        `[lac ${LINUX_CONNECTION}]`,
        `lns = ${server}`,
        'ppp debug = no',
        `pppoptfile = ${LINUX_FILES.pppOptions}`,
        'length bit = yes',
        '',
      ].join('\n'),
    },
    { path: LINUX_FILES.pppOptions, content: pppOptions(facts) },
  ];
}
