/**
 * Test helper: checks that every name a configuration refers to was defined on an earlier line
 * (reference.md §3.2, "definitions before references"). Names built into the ASA count as defined.
 * Returns one message per violation, empty when the configuration is in order.
 */

type Kind =
  | 'object'
  | 'pool'
  | 'access-list'
  | 'group-policy'
  | 'transform-set'
  | 'dynamic-map'
  | 'crypto-map'
  | 'aaa-server'
  | 'tunnel-group';

const BUILT_IN: Partial<Record<Kind, string[]>> = {
  'group-policy': ['DfltGrpPolicy'],
  'tunnel-group': ['DefaultRAGroup', 'DefaultL2LGroup', 'DefaultWEBVPNGroup'],
};

interface Rule {
  pattern: RegExp;
  /** What a line defines and refers to, from the match groups. */
  defines?: (m: RegExpExecArray) => [Kind, string][];
  refers?: (m: RegExpExecArray) => [Kind, string][];
}

const TS = String.raw`crypto ipsec (?:ikev1 )?transform-set (\S+)`;

const RULES: Rule[] = [
  { pattern: /^ip local pool (\S+) /, defines: (m) => [['pool', m[1]!]] },
  { pattern: /^access-list (\S+) /, defines: (m) => [['access-list', m[1]!]] },
  { pattern: /^group-policy (\S+) internal$/, defines: (m) => [['group-policy', m[1]!]] },
  { pattern: /^group-policy (\S+) attributes$/, refers: (m) => [['group-policy', m[1]!]] },
  { pattern: /^aaa-server (\S+) protocol /, defines: (m) => [['aaa-server', m[1]!]] },
  { pattern: /^aaa-server (\S+) \(/, refers: (m) => [['aaa-server', m[1]!]] },
  { pattern: /^tunnel-group (\S+) type /, defines: (m) => [['tunnel-group', m[1]!]] },
  { pattern: /^tunnel-group (\S+) \S+-attributes$/, refers: (m) => [['tunnel-group', m[1]!]] },
  { pattern: /^ address-pool (\S+)$/, refers: (m) => [['pool', m[1]!]] },
  { pattern: /^ authentication-server-group (\S+)$/, refers: (m) => [['aaa-server', m[1]!]] },
  { pattern: /^ default-group-policy (\S+)$/, refers: (m) => [['group-policy', m[1]!]] },
  { pattern: /^ split-tunnel-network-list value (\S+)$/, refers: (m) => [['access-list', m[1]!]] },
  { pattern: new RegExp(`^${TS} mode `), refers: (m) => [['transform-set', m[1]!]] },
  { pattern: new RegExp(`^${TS} \\S+ \\S+$`), defines: (m) => [['transform-set', m[1]!]] },
  {
    pattern: /^crypto dynamic-map (\S+) (\S+) set (?:ikev1 )?transform-set (\S+)$/,
    defines: (m) => [['dynamic-map', `${m[1]} ${m[2]}`]],
    refers: (m) => [['transform-set', m[3]!]],
  },
  {
    pattern: /^crypto dynamic-map (\S+) (\S+) set (?:pfs|security-association) /,
    refers: (m) => [['dynamic-map', `${m[1]} ${m[2]}`]],
  },
  {
    pattern: /^crypto map (\S+) \S+ ipsec-isakmp dynamic (\S+)$/,
    defines: (m) => [['crypto-map', m[1]!]],
    refers: (m) => [['dynamic-map', m[2]!]],
  },
  { pattern: /^crypto map (\S+) interface /, refers: (m) => [['crypto-map', m[1]!]] },
  {
    pattern: /^nat \(\S+\) 0 access-list (\S+)$/,
    refers: (m) => [['access-list', m[1]!]],
  },
  {
    pattern: /^nat \S+ source static (\S+) (\S+) destination static (\S+) (\S+)/,
    refers: (m) =>
      [m[1]!, m[2]!, m[3]!, m[4]!]
        .filter((name) => name !== 'any')
        .map((name): [Kind, string] => ['object', name]),
  },
];

export function undefinedReferences(config: string): string[] {
  const defined = new Set<string>(
    Object.entries(BUILT_IN).flatMap(([kind, names]) => names.map((name) => `${kind}:${name}`)),
  );
  /** A dynamic map is referenced by name alone from the crypto map entry. */
  const dynamicMapNames = new Set<string>();
  const problems: string[] = [];
  /** An object is defined by its ` subnet`; a later ` nat` block re-enters a defined object. */
  let object: string | undefined;
  for (const line of config.split('\n')) {
    if (!line.startsWith(' ')) object = /^object network (\S+)$/.exec(line)?.[1];
    if (object !== undefined && line.startsWith(' subnet ')) defined.add(`object:${object}`);
    if (object !== undefined && line.startsWith(' nat ') && !defined.has(`object:${object}`)) {
      problems.push(`object ${object} gets a nat before its subnet is defined`);
    }
    for (const rule of RULES) {
      const match = rule.pattern.exec(line);
      if (!match) continue;
      for (const [kind, name] of rule.refers?.(match) ?? []) {
        const known =
          kind === 'dynamic-map' && !name.includes(' ')
            ? dynamicMapNames.has(name)
            : defined.has(`${kind}:${name}`);
        if (!known) problems.push(`${kind} ${name} is used before it is defined: ${line}`);
      }
      for (const [kind, name] of rule.defines?.(match) ?? []) {
        defined.add(`${kind}:${name}`);
        if (kind === 'dynamic-map') dynamicMapNames.add(name.split(' ')[0]!);
      }
    }
  }
  return problems;
}
