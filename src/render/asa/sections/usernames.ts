/** Emits `username U password P [mschap]` and, for VPN-only users, `username U attributes` (reference.md §2 step 6). */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';
import { isAaa } from '../derived';
import { tok } from '../token';

/**
 * Global commands, never inside a sub-mode (seed quirk 2). `mschap` stores the password so MS-CHAP
 * can verify it; without it MS-CHAP logins against LOCAL fail (P-MSCHAP). With an AAA server group
 * the users live on the server, so none are created here.
 */
export function usernameCommands(answers: Answers): Command[] {
  if (isAaa(answers)) return [];
  const { ppp } = answers.remoteAccessClient;
  const mschap = ppp.msChapV1 || ppp.msChapV2 ? ['mschap'] : [];
  const users = Array.isArray(answers.userAccounts.users) ? answers.userAccounts.users : [];
  return users.flatMap((user) => {
    const name = tok(user?.username, 'username');
    const commands: Command[] = [
      { tokens: ['username', name, 'password', tok(user?.password, 'password'), ...mschap] },
    ];
    if (answers.userAccounts.vpnOnly) {
      // Users get privilege 2 by default, enough for management access with LOCAL console auth.
      commands.push({
        tokens: ['username', name, 'attributes'],
        children: [['service-type', 'remote-access']],
      });
    }
    return commands;
  });
}
