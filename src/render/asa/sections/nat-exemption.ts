/**
 * Emits the NAT exemption: 8.3+ `nat (IN,OUT) source static S S destination static POOL POOL
 * no-proxy-arp [route-lookup]` per exempt network; 8.2 `nat (IN) 0 access-list IN_nat0_outbound`
 * (reference.md §3.1). Last, after the objects and ACL it names.
 */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import {
  exemptNetworks,
  nat0AclName,
  natInsideInterface,
  poolObjectName,
  vpnInterface,
} from '../derived';
import type { Dialect } from '../dialect';

export function natExemptionCommands(answers: Answers, dialect: Dialect): Command[] {
  if (!answers.ipsecSettings.natExempt) return [];
  const networks = exemptNetworks(answers);
  if (networks.length === 0) return [];
  const inside = natInsideInterface(answers);
  if (dialect.natExemption === 'nat0-acl') {
    return [{ tokens: ['nat', `(${inside})`, '0', 'access-list', nat0AclName(answers)] }];
  }
  const pool = poolObjectName(answers);
  const routeLookup = dialect.natExemption === 'twice-nat-route-lookup' ? ['route-lookup'] : [];
  return networks.map((entry) => {
    const source = entry.kind === 'any' ? 'any' : entry.objectName;
    return {
      tokens: [
        'nat',
        `(${inside},${vpnInterface(answers)})`,
        'source',
        'static',
        source,
        source,
        'destination',
        'static',
        pool,
        pool,
        // Identity NAT must not answer ARP for the pool; route-lookup picks the egress by route [K].
        'no-proxy-arp',
        ...routeLookup,
      ],
    };
  });
}
