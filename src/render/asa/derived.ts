/**
 * Values several sections derive from the answers (pool network, exempt and split networks, the
 * names they share), computed once here so the definition and every reference print the same token.
 */
import type { Answers } from '../../domain/answers';
import { TUNNEL_GROUP_FOR_PSK } from '../../domain/defaults';
import {
  exemptObjectName,
  hairpinApplies,
  poolObjectUsed,
  nat0AclName as nat0AclNameOf,
} from '../../domain/ipsec-fields';
import { and32, formatIpv4, listLines, parseIpv4, parseNetwork } from '../../domain/net';
import { tok } from './token';

/** A network as the CLI prints it: address and dotted mask. */
export interface CliNetwork {
  address: string;
  mask: string;
}

/** An exempt-network entry: `any`, or a network with the name of its `object network`. */
export type ExemptNetwork =
  { kind: 'any' } | ({ kind: 'network'; objectName: string } & CliNetwork);

/** Built into every ASA: emitting `internal` / `type remote-access` for them would be rejected [K]. */
export const BUILT_IN_GROUP_POLICY = 'DfltGrpPolicy';
export const BUILT_IN_TUNNEL_GROUPS = ['DefaultRAGroup', 'DefaultL2LGroup', 'DefaultWEBVPNGroup'];

export function isAaa(answers: Answers): boolean {
  return answers.clientAuthentication.userDatabase === 'aaa';
}

export function isCertificate(answers: Answers): boolean {
  return answers.authMethod.method === 'certificate';
}

/** The pool's network (start AND mask), the NAT object's subnet and the 8.2 nat0/hairpin target. */
export function poolNetwork(answers: Answers): CliNetwork {
  const { startIp, subnetMask } = answers.addressPool;
  const start = parseIpv4(typeof startIp === 'string' ? startIp.trim() : '');
  const mask = parseIpv4(typeof subnetMask === 'string' ? subnetMask.trim() : '');
  return {
    address:
      start !== null && mask !== null
        ? formatIpv4(and32(start, mask))
        : tok(startIp, 'pool-network'),
    mask: tok(subnetMask, 'subnet-mask'),
  };
}

export function poolObjectName(answers: Answers): string {
  return tok(answers.ipsecSettings.poolObjectName, 'pool-object');
}

/** The lines of a network list; a loaded file may hold something other than text. */
function linesOf(text: unknown): string[] {
  return listLines(typeof text === 'string' ? text : '');
}

/**
 * The parseable networks of a list in the order typed, each once (validation reports the rest), with
 * the name ASDM gives its object: NETWORK_OBJ_<net>_<prefix> [K].
 */
function networksOf(lines: string[]): (CliNetwork & { objectName: string })[] {
  const networks = new Map<string, CliNetwork & { objectName: string }>();
  for (const line of lines) {
    const network = parseNetwork(line);
    if (network === null) continue;
    const objectName = exemptObjectName(network.address, network.prefix);
    if (!networks.has(objectName)) {
      networks.set(objectName, { address: network.address, mask: network.mask, objectName });
    }
  }
  return [...networks.values()];
}

/** Exempt networks: `any` (any case, needs no object) first if present, then the networks. */
export function exemptNetworks(answers: Answers): ExemptNetwork[] {
  const lines = linesOf(answers.ipsecSettings.exemptNetworks);
  const any: ExemptNetwork[] = lines.some((line) => /^any$/i.test(line)) ? [{ kind: 'any' }] : [];
  return [
    ...any,
    ...networksOf(lines).map((network) => ({ kind: 'network' as const, ...network })),
  ];
}

export function splitNetworks(answers: Answers): CliNetwork[] {
  return networksOf(linesOf(answers.ipsecSettings.splitNetworks)).map(({ address, mask }) => ({
    address,
    mask,
  }));
}

export function splitAclName(answers: Answers): string {
  return tok(answers.ipsecSettings.splitAclName, 'split-acl');
}

export function natInsideInterface(answers: Answers): string {
  return tok(answers.ipsecSettings.natInsideInterface, 'inside-interface');
}

export function vpnInterface(answers: Answers): string {
  return tok(answers.tunnelInterface.vpnInterface, 'vpn-interface');
}

/** The 8.2 exemption ACL; ASDM's name, reused because a second `nat 0` ACL would replace it [K]. */
export function nat0AclName(answers: Answers): string {
  return nat0AclNameOf(natInsideInterface(answers));
}

export function hairpinEnabled(answers: Answers): boolean {
  return hairpinApplies(answers.ipsecSettings);
}

export function poolObjectDefined(answers: Answers): boolean {
  return poolObjectUsed(answers.ipsecSettings);
}

/** With a pre-shared key native clients always land on DefaultRAGroup (reference.md §2 step 4). */
export function tunnelGroupName(answers: Answers): string {
  return isCertificate(answers)
    ? tok(answers.authMethod.tunnelGroupName, 'tunnel-group')
    : TUNNEL_GROUP_FOR_PSK;
}

export function groupPolicyName(answers: Answers): string {
  return tok(answers.clientAttributes.groupPolicyName, 'group-policy');
}

export function poolName(answers: Answers): string {
  return tok(answers.addressPool.poolName, 'pool-name');
}

export function aaaServerGroup(answers: Answers): string {
  return tok(answers.clientAuthentication.aaaServerGroup, 'aaa-server-group');
}
