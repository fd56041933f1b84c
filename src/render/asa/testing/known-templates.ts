/**
 * Test helper: every command line the generator may emit for VALID answers, as anchored regexes per
 * dialect, each sub-mode line allowed only under its parent. The property test checks every output
 * line against this list, so a new command needs a deliberate entry here (and a syntax review).
 */
import type { AsaVersion } from '../../../domain/options';

/** A token of the ASA CLI (reference.md §4 TOK). */
const TOKEN = String.raw`[\x21-\x3e\x40-\x7e]+`;
/** N-GEN / N-IF names. */
const NAME = String.raw`[A-Za-z0-9_.-]{1,64}`;
const OCTET = String.raw`(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])`;
const IP = String.raw`${OCTET}(?:\.${OCTET}){3}`;
const NUMBER = String.raw`[0-9]{1,10}`;
const DOMAIN = String.raw`[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?`;

export interface Template {
  line: RegExp;
  /** The sub-mode lines allowed under this command (indented by one space). */
  children?: RegExp[];
}

function re(pattern: string): RegExp {
  return new RegExp(`^${pattern}$`);
}

function template(line: string, ...children: string[]): Template {
  return { line: re(line), children: children.map((child) => re(` ${child}`)) };
}

export function knownTemplates(version: AsaVersion): Template[] {
  const ike = version === '8.4-or-later' ? 'ikev1' : 'isakmp';
  const ipsec = version === '8.4-or-later' ? 'ipsec ikev1' : 'ipsec';
  const setTs = version === '8.4-or-later' ? 'set ikev1 transform-set' : 'set transform-set';
  const ikev1 = version === '8.4-or-later' ? 'ikev1 ' : '';
  const common = [
    template('(?:no )?sysopt connection permit-vpn'),
    template(`access-list ${NAME} standard permit ${IP} ${IP}`),
    template(`ip local pool ${NAME} ${IP}-${IP} mask ${IP}`),
    template(`aaa-server ${NAME} protocol (?:radius|tacacs\\+|ldap|nt|kerberos|sdi)`),
    template(`aaa-server ${NAME} \\(${NAME}\\) host ${IP}`, `key ${TOKEN}`),
    template(`username ${TOKEN} password ${TOKEN}(?: mschap)?`),
    template(`username ${TOKEN} attributes`, 'service-type remote-access'),
    template(`group-policy ${NAME} internal`),
    template(
      `group-policy ${NAME} attributes`,
      `dns-server value ${IP}(?: ${IP})?`,
      `wins-server value ${IP}(?: ${IP})?`,
      'vpn-tunnel-protocol l2tp-ipsec',
      `default-domain value ${DOMAIN}`,
      'split-tunnel-policy tunnelspecified',
      `split-tunnel-network-list value ${NAME}`,
      `intercept-dhcp ${IP} enable`,
    ),
    template(`tunnel-group ${NAME} type remote-access`),
    template(
      `tunnel-group ${NAME} general-attributes`,
      `address-pool ${NAME}`,
      `authentication-server-group ${NAME}`,
      `default-group-policy ${NAME}`,
    ),
    template(
      `tunnel-group ${NAME} ipsec-attributes`,
      `${ikev1}pre-shared-key ${TOKEN}`,
      `${ikev1}trust-point ${NAME}`,
    ),
    template(
      `tunnel-group ${NAME} ppp-attributes`,
      '(?:no )?authentication (?:pap|chap|ms-chap-v1|ms-chap-v2|eap-proxy)',
    ),
    template(
      `crypto ${ike} policy ${NUMBER}`,
      'authentication (?:pre-share|rsa-sig)',
      'encryption (?:des|3des|aes|aes-192|aes-256)',
      'hash (?:sha|md5)',
      'group (?:1|2|5|7|14)',
      `lifetime ${NUMBER}`,
    ),
    template(
      `crypto ${ipsec} transform-set ${NAME} (?:esp-des|esp-3des|esp-aes|esp-aes-192|esp-aes-256) (?:esp-sha-hmac|esp-md5-hmac)`,
    ),
    template(`crypto ${ipsec} transform-set ${NAME} mode transport`),
    template(`crypto dynamic-map ${NAME} ${NUMBER} ${setTs} ${NAME}`),
    template(`crypto dynamic-map ${NAME} ${NUMBER} set pfs group(?:1|2|5|14)`),
    template(
      `crypto dynamic-map ${NAME} ${NUMBER} set security-association lifetime seconds ${NUMBER}`,
    ),
    template(`crypto map ${NAME} ${NUMBER} ipsec-isakmp dynamic ${NAME}`),
    template(`crypto map ${NAME} interface ${NAME}`),
    template(`crypto ${ike} enable ${NAME}`),
    template('same-security-traffic permit intra-interface'),
  ];
  if (version === '8.2-or-earlier') {
    return [
      ...common,
      template(
        `access-list ${NAME}_nat0_outbound extended permit ip (?:any|${IP} ${IP}) ${IP} ${IP}`,
      ),
      template(`nat \\(${NAME}\\) 0 access-list ${NAME}_nat0_outbound`),
      template(`global \\(${NAME}\\) 1 interface`),
      template(`nat \\(${NAME}\\) 1 ${IP} ${IP}`),
    ];
  }
  const routeLookup = version === '8.4-or-later' ? ' route-lookup' : '';
  return [
    ...common,
    template(
      `object network ${NAME}`,
      `subnet ${IP} ${IP}`,
      `nat \\((${NAME}),\\1\\) dynamic interface`,
    ),
    template(
      `nat \\(${NAME},${NAME}\\) source static (any|${NAME}) \\1 destination static (${NAME}) \\2 no-proxy-arp${routeLookup}`,
    ),
  ];
}

/** The comment and command lines of `config` that no template (or parent's child list) allows. */
export function unknownLines(config: string, version: AsaVersion): string[] {
  const templates = knownTemplates(version);
  const unknown: string[] = [];
  let parent: Template | undefined;
  for (const line of config.replace(/\n$/, '').split('\n')) {
    if (line === '!' || /^! [\x20-\x3e\x40-\x7e]+$/.test(line)) {
      parent = undefined;
    } else if (line.startsWith(' ')) {
      if (!parent?.children?.some((child) => child.test(line))) unknown.push(line);
    } else {
      parent = templates.find((candidate) => candidate.line.test(line));
      if (!parent) unknown.push(line);
    }
  }
  return unknown;
}
