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
import { msg } from '../../i18n/catalogue';
import { labelOf } from '../labels';
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
            msg('rules.overlap.pool', {
              start: a.addressPool.startIp,
              end: a.addressPool.endIp,
              network: line,
            }),
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
            msg('rules.splitServer.contains', {
              network: line,
              server: a.tunnelInterface.publicAddress,
            }),
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
            msg('rules.poolServer.contains', {
              start: a.addressPool.startIp,
              end: a.addressPool.endIp,
              server: a.tunnelInterface.publicAddress,
              label: labelOf('tunnelInterface.publicAddress'),
            }),
          ),
        ]
      : [];
  },
  (a) =>
    a.ipsecSettings.splitTunnel
      ? [warning('W-SPLITLAN', 'ipsecSettings.splitNetworks', msg('rules.splitLan.clientLans'))]
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
          msg(edge === network ? 'rules.poolEdge.network' : 'rules.poolEdge.broadcast', {
            address: formatIpv4(edge),
          }),
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
            msg('rules.nameClash.poolObject', {
              label: labelOf('ipsecSettings.poolObjectName'),
              prefix: EXEMPT_OBJECT_PREFIX,
            }),
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
            msg('rules.nameClash.splitAcl', {
              label: labelOf('ipsecSettings.splitAclName'),
              name: a.ipsecSettings.splitAclName,
            }),
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
          ? [warning('NET-DUP', field, msg('rules.netDup.repeated', { network: line }))]
          : [];
      });
    }),
];
