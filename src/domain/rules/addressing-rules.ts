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
