/**
 * The ASA CLI generator: answers → sections of commands → one printer. Pure and total: it never
 * throws and always prints something, also for answers that do not validate yet (the preview shows
 * them while the user types; validity is reported separately).
 */
import type { Answers } from '../../domain/answers';
import type { Command, Section } from './command';
import type { Dialect } from './dialect';
import { dialectFor } from './dialect';
import { printAsaConfig } from './printer';
import { aaaServerCommands } from './sections/aaa-server';
import { cryptoCommands } from './sections/crypto';
import { groupPolicyCommands } from './sections/group-policy';
import { hairpinCommands } from './sections/hairpin';
import { ipLocalPoolCommands } from './sections/ip-local-pool';
import { natExemptionCommands } from './sections/nat-exemption';
import { objectsAndAclsCommands } from './sections/objects-and-acls';
import { sysoptCommands } from './sections/sysopt';
import { tunnelGroupCommands } from './sections/tunnel-group';
import { usernameCommands } from './sections/usernames';

/**
 * The ONLY place that orders the sections (reference.md §3.2): definitions before references, and
 * crypto after everything it needs so the interface answers L2TP only once the rest exists.
 * The optional hairpin comes last, after the exemption rules it must not shadow.
 */
const SECTIONS: readonly [string, (answers: Answers, dialect: Dialect) => Command[]][] = [
  ['Bypass interface access lists', sysoptCommands],
  ['Network objects and access lists', objectsAndAclsCommands],
  ['Address pool', ipLocalPoolCommands],
  ['AAA server group', aaaServerCommands],
  ['Local users', usernameCommands],
  ['Group policy', groupPolicyCommands],
  ['Tunnel group', tunnelGroupCommands],
  ['IKE policy, transform set and crypto map', cryptoCommands],
  ['NAT exemption', natExemptionCommands],
  ['Internet access for full-tunnel clients (hairpin)', hairpinCommands],
];

/** The non-empty sections in configuration order. */
export function buildAsaSections(answers: Answers): Section[] {
  const dialect = dialectFor(answers.introduction.asaVersion);
  return SECTIONS.map(([title, build]) => ({ title, commands: build(answers, dialect) })).filter(
    (section) => section.commands.length > 0,
  );
}

/** Fixed texts only: the header never echoes an answer, so no secret can reach a comment. */
function header(dialect: Dialect): string[] {
  return [
    'L2TP over IPsec remote access (IKEv1) for native clients',
    `Target: Cisco ASA ${dialect.label}`,
    'Paste in global configuration mode (configure terminal), review, then save with write memory',
  ];
}

export function generateAsaConfig(answers: Answers): string {
  const dialect = dialectFor(answers.introduction.asaVersion);
  return printAsaConfig(header(dialect), buildAsaSections(answers));
}
