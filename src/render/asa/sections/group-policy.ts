/** Emits `group-policy G internal` and `group-policy G attributes` with DNS, WINS, protocol, domain and split lines (reference.md §2 step 10). */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import { BUILT_IN_GROUP_POLICY, groupPolicyName, splitAclName } from '../derived';
import { isSet, tok } from '../token';

/** ` dns-server value D1 [D2]`; omitted without a primary, so the value is inherited. */
function serverLine(keyword: string, primary: string, secondary: string, what: string) {
  if (!isSet(primary)) return [];
  const second = isSet(secondary) ? [tok(secondary, `secondary-${what}`)] : [];
  return [[keyword, 'value', tok(primary, `primary-${what}`), ...second]];
}

/**
 * The split lines go into the policy that `default-group-policy` names, in its single attributes
 * block (the seed put them under DefaultRAGroup, where they never apply: reference.md §1.3 quirk 1).
 */
function splitLines(answers: Answers): string[][] {
  const { splitTunnel, interceptDhcp, interceptDhcpNetmask } = answers.ipsecSettings;
  if (!splitTunnel) return [];
  return [
    ['split-tunnel-policy', 'tunnelspecified'],
    ['split-tunnel-network-list', 'value', splitAclName(answers)],
    ...(interceptDhcp
      ? [['intercept-dhcp', tok(interceptDhcpNetmask, 'intercept-dhcp-netmask'), 'enable']]
      : []),
  ];
}

export function groupPolicyCommands(answers: Answers): Command[] {
  const name = groupPolicyName(answers);
  const { dnsPrimary, dnsSecondary, winsPrimary, winsSecondary, defaultDomain } =
    answers.clientAttributes;
  const attributes: Command = {
    tokens: ['group-policy', name, 'attributes'],
    children: [
      ...serverLine('dns-server', dnsPrimary, dnsSecondary, 'dns'),
      ...serverLine('wins-server', winsPrimary, winsSecondary, 'wins'),
      ['vpn-tunnel-protocol', 'l2tp-ipsec'],
      ...(isSet(defaultDomain) ? [['default-domain', 'value', tok(defaultDomain, 'domain')]] : []),
      ...splitLines(answers),
    ],
  };
  // DfltGrpPolicy is built in; `internal` would try to create it again [K].
  const internal: Command[] =
    name === BUILT_IN_GROUP_POLICY ? [] : [{ tokens: ['group-policy', name, 'internal'] }];
  return [...internal, attributes];
}
