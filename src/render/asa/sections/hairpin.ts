/**
 * Emits the optional hairpin for full-tunnel clients (W-HAIRPIN, reference.md §3.3):
 * `same-security-traffic permit intra-interface` plus the pool's PAT to the VPN interface,
 * 8.3+ as object NAT, 8.2 as `global (OUT) 1 interface` / `nat (OUT) 1 POOLNET POOLMASK`.
 */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import { hairpinEnabled, poolNetwork, poolObjectName, vpnInterface } from '../derived';
import type { Dialect } from '../dialect';

/** Client Internet traffic enters and leaves on the VPN interface, so it must be allowed to U-turn. */
export function hairpinCommands(answers: Answers, dialect: Dialect): Command[] {
  if (!hairpinEnabled(answers)) return [];
  const outside = vpnInterface(answers);
  const intraInterface: Command = {
    tokens: ['same-security-traffic', 'permit', 'intra-interface'],
  };
  if (dialect.hasNetworkObjects) {
    return [
      intraInterface,
      {
        tokens: ['object', 'network', poolObjectName(answers)],
        children: [['nat', `(${outside},${outside})`, 'dynamic', 'interface']],
      },
    ];
  }
  const pool = poolNetwork(answers);
  return [
    intraInterface,
    { tokens: ['global', `(${outside})`, '1', 'interface'] },
    { tokens: ['nat', `(${outside})`, '1', pool.address, pool.mask] },
  ];
}
