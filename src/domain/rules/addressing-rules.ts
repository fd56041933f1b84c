/**
 * Pool versus the networks of step 11: a pool inside an exempt or split network would give clients
 * addresses that are routed inside (X-OVERLAP); networks that contain the VPN server cut the tunnel.
 */
import type { Answers } from '../answers';
import {
  and32,
  formatIpv4,
  listLines,
  maskToPrefix,
  parseIpv4,
  parseNetwork,
  prefixToMaskValue,
  rangesOverlap,
} from '../net';
import { FIELD_LABELS } from '../labels';
import { EXEMPT_OBJECT_PREFIX, nat0AclName, poolObjectUsed } from '../ipsec-fields';
import { error, warning, type Rule } from './rule';

type ListField = 'ipsecSettings.exemptNetworks' | 'ipsecSettings.splitNetworks';

function activeLists(a: Answers): [ListField, string][] {
  const lists: [ListField, string][] = [];
  if (a.ipsecSettings.natExempt)
    lists.push(['ipsecSettings.exemptNetworks', a.ipsecSettings.exemptNetworks]);
  if (a.ipsecSettings.splitTunnel)
    lists.push(['ipsecSettings.splitNetworks', a.ipsecSettings.splitNetworks]);
  return lists;
}

function networksOf(text: string) {
  return listLines(text)
    .map((line) => ({ line, network: parseNetwork(line) }))
    .filter((entry) => entry.network !== null && !entry.network.hostBitsSet);
}

function poolRange(a: Answers) {
  const first = parseIpv4(a.addressPool.startIp);
  const last = parseIpv4(a.addressPool.endIp);
  return first !== null && last !== null && first <= last ? { first, last } : null;
}

export const addressingRules: Rule[] = [
  (a) => {
    const pool = poolRange(a);
    if (!pool) return [];
    return activeLists(a).flatMap(([field, text]) =>
      networksOf(text)
        .filter(({ network }) => network && rangesOverlap(pool, network))
        .map(({ line }) =>
          error(
            'X-OVERLAP',
            field,
            `The pool ${a.addressPool.startIp}–${a.addressPool.endIp} overlaps ${line}; clients would get addresses that are routed inside.`,
          ),
        ),
    );
  },
  (a) => {
    const server = parseIpv4(a.tunnelInterface.publicAddress);
    if (server === null) return [];
    return activeLists(a).flatMap(([field, text]) =>
      networksOf(text)
        .filter(({ network }) => network && server >= network.first && server <= network.last)
        .map(({ line }) =>
          warning(
            'W-SPLITSRV',
            field,
            `${line} contains the VPN server address ${a.tunnelInterface.publicAddress}; clients would lose the tunnel.`,
          ),
        ),
    );
  },
  (a) => {
    // The address clients dial is the ASA's (or a NAT in front of it): handing it to a client too
    // would give that client the server's address.
    const pool = poolRange(a);
    const server = parseIpv4(a.tunnelInterface.publicAddress);
    return pool && server !== null && server >= pool.first && server <= pool.last
      ? [
          warning(
            'W-POOLSRV',
            'addressPool.startIp',
            `The pool ${a.addressPool.startIp}–${a.addressPool.endIp} contains the VPN server address ${a.tunnelInterface.publicAddress} (${FIELD_LABELS['tunnelInterface.publicAddress']}); a client given that address cannot reach the server.`,
          ),
        ]
      : [];
  },
  (a) =>
    a.ipsecSettings.splitTunnel
      ? [
          warning(
            'W-SPLITLAN',
            'ipsecSettings.splitNetworks',
            "Split tunnel networks must not cover the clients' own LANs (home or hotel networks), or those LANs become unreachable while connected.",
          ),
        ]
      : [],
  (a) => {
    // A-POOLEDGE: handing out the subnet's network or broadcast address breaks those clients.
    const pool = poolRange(a);
    const prefix = maskToPrefix(a.addressPool.subnetMask);
    if (!pool || prefix === null || prefix >= 31) return [];
    const network = and32(pool.first, prefixToMaskValue(prefix));
    const broadcast = (network + 2 ** (32 - prefix) - 1) >>> 0;
    return [network, broadcast]
      .filter((edge) => edge >= pool.first && edge <= pool.last)
      .map((edge) =>
        warning(
          'A-POOLEDGE',
          edge === network ? 'addressPool.startIp' : 'addressPool.endIp',
          `The pool includes ${formatIpv4(edge)}, the ${edge === network ? 'network' : 'broadcast'} address of its subnet.`,
        ),
      );
  },
];

/** Names the generator derives must not collide with names the user chose. */
export const nameClashRules: Rule[] = [
  (a) =>
    poolObjectUsed(a.ipsecSettings) &&
    a.ipsecSettings.poolObjectName.startsWith(EXEMPT_OBJECT_PREFIX)
      ? [
          error(
            'NAME-CLASH',
            'ipsecSettings.poolObjectName',
            `Pool object name: names starting with ${EXEMPT_OBJECT_PREFIX} are used for the exempt networks; choose another name.`,
          ),
        ]
      : [],
  (a) =>
    // The 8.2 NAT exemption ACL exists only with NAT exemption on.
    a.ipsecSettings.splitTunnel &&
    a.ipsecSettings.natExempt &&
    a.introduction.asaVersion === '8.2-or-earlier' &&
    a.ipsecSettings.splitAclName === nat0AclName(a.ipsecSettings.natInsideInterface)
      ? [
          error(
            'NAME-CLASH',
            'ipsecSettings.splitAclName',
            `Split tunnel ACL name: ${a.ipsecSettings.splitAclName} is the NAT exemption ACL on 8.2; choose another name.`,
          ),
        ]
      : [],
  (a) =>
    activeLists(a).flatMap(([field, text]) => {
      const seen = new Set<string>();
      return networksOf(text).flatMap(({ line, network }) => {
        const key = `${network!.address}/${network!.prefix}`;
        const repeated = seen.has(key);
        seen.add(key);
        return repeated
          ? [warning('NET-DUP', field, `${line} is listed more than once; it is emitted once.`)]
          : [];
      });
    }),
];
