/** Emits `aaa-server G protocol P` and `aaa-server G (IF) host IP` with its ` key` (reference.md §2 step 5). */
import type { Answers } from '../../../domain/answers';
import { PROTOCOLS_WITH_KEY } from '../../../domain/step-schemas/client-authentication';
import type { Command } from '../command';
import { aaaServerGroup, isAaa } from '../derived';
import { tok } from '../token';

export function aaaServerCommands(answers: Answers): Command[] {
  if (!isAaa(answers)) return [];
  const { aaaProtocol, aaaInterface, aaaServerIp, aaaSecretKey } = answers.clientAuthentication;
  const group = aaaServerGroup(answers);
  const host: Command = {
    tokens: [
      'aaa-server',
      group,
      `(${tok(aaaInterface, 'aaa-interface')})`,
      'host',
      tok(aaaServerIp, 'aaa-server-ip'),
    ],
  };
  // Only RADIUS and TACACS+ take a shared secret in the host sub-mode (the same list validation uses).
  if ((PROTOCOLS_WITH_KEY as readonly string[]).includes(aaaProtocol)) {
    host.children = [['key', tok(aaaSecretKey, 'aaa-secret-key')]];
  }
  return [{ tokens: ['aaa-server', group, 'protocol', tok(aaaProtocol, 'aaa-protocol')] }, host];
}
