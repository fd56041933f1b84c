/** Emits `tunnel-group N type remote-access` (custom names) and its general-, ipsec- and ppp-attributes (reference.md §2 steps 3–5, 7). */
import type { Answers } from '../../../domain/answers';
import { PPP_TYPES } from '../../../domain/options';
import type { Command } from '../command';
import {
  aaaServerGroup,
  BUILT_IN_TUNNEL_GROUPS,
  groupPolicyName,
  isAaa,
  isCertificate,
  poolName,
  tunnelGroupName,
} from '../derived';
import type { Dialect } from '../dialect';
import { tok } from '../token';

/**
 * All five PPP lines, `no` included: the defaults are not documented reliably [K], and a reused
 * DefaultRAGroup may carry earlier settings (seed quirk 6).
 */
function pppLines(answers: Answers): string[][] {
  const { ppp } = answers.remoteAccessClient;
  return PPP_TYPES.map(([key, , keyword]) =>
    ppp[key] ? ['authentication', keyword] : ['no', 'authentication', keyword],
  );
}

export function tunnelGroupCommands(answers: Answers, dialect: Dialect): Command[] {
  const name = tunnelGroupName(answers);
  const commands: Command[] = [];
  if (!BUILT_IN_TUNNEL_GROUPS.includes(name)) {
    commands.push({ tokens: ['tunnel-group', name, 'type', 'remote-access'] });
  }
  commands.push({
    tokens: ['tunnel-group', name, 'general-attributes'],
    children: [
      ['address-pool', poolName(answers)],
      // LOCAL is the default, so it gets no line (reference.md §1.2, W-DRG).
      ...(isAaa(answers) ? [['authentication-server-group', aaaServerGroup(answers)]] : []),
      ['default-group-policy', groupPolicyName(answers)],
    ],
  });
  const { preSharedKey, trustpoint } = answers.authMethod;
  commands.push({
    tokens: ['tunnel-group', name, 'ipsec-attributes'],
    children: [
      isCertificate(answers)
        ? [...dialect.trustpoint, tok(trustpoint, 'trustpoint')]
        : [...dialect.preSharedKey, tok(preSharedKey, 'pre-shared-key')],
    ],
  });
  commands.push({ tokens: ['tunnel-group', name, 'ppp-attributes'], children: pppLines(answers) });
  return commands;
}
