/**
 * Emits `object network` (pool and exempt networks, 8.3+), the split-tunnel `access-list … standard`
 * and the 8.2 `access-list <inside>_nat0_outbound extended` (reference.md §3.2 block 2): everything
 * later blocks refer to, defined first.
 */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import {
  exemptNetworks,
  nat0AclName,
  poolNetwork,
  poolObjectDefined,
  poolObjectName,
  splitAclName,
  splitNetworks,
} from '../derived';
import type { Dialect } from '../dialect';

function objectNetwork(name: string, address: string, mask: string): Command {
  return { tokens: ['object', 'network', name], children: [['subnet', address, mask]] };
}

function networkObjects(answers: Answers): Command[] {
  const pool = poolNetwork(answers);
  const commands: Command[] = [];
  if (poolObjectDefined(answers)) {
    commands.push(objectNetwork(poolObjectName(answers), pool.address, pool.mask));
  }
  if (answers.ipsecSettings.natExempt) {
    for (const entry of exemptNetworks(answers)) {
      if (entry.kind === 'network') {
        commands.push(objectNetwork(entry.objectName, entry.address, entry.mask));
      }
    }
  }
  return commands;
}

function splitAcl(answers: Answers): Command[] {
  if (!answers.ipsecSettings.splitTunnel) return [];
  const acl = splitAclName(answers);
  return splitNetworks(answers).map(({ address, mask }) => ({
    tokens: ['access-list', acl, 'standard', 'permit', address, mask],
  }));
}

/** 8.2 has no objects: traffic from each exempt network to the pool is listed in the nat 0 ACL. */
function nat0Acl(answers: Answers): Command[] {
  if (!answers.ipsecSettings.natExempt) return [];
  const acl = nat0AclName(answers);
  const pool = poolNetwork(answers);
  return exemptNetworks(answers).map((entry) => ({
    tokens: [
      'access-list',
      acl,
      'extended',
      'permit',
      'ip',
      ...(entry.kind === 'any' ? ['any'] : [entry.address, entry.mask]),
      pool.address,
      pool.mask,
    ],
  }));
}

export function objectsAndAclsCommands(answers: Answers, dialect: Dialect): Command[] {
  return dialect.hasNetworkObjects
    ? [...networkObjects(answers), ...splitAcl(answers)]
    : [...splitAcl(answers), ...nat0Acl(answers)];
}
