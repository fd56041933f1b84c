/** Emits `[no] sysopt connection permit-vpn` (reference.md §2 step 2). */
import type { Answers } from '../../../domain/answers';
import type { Command } from '../command';

/** Emitted explicitly either way: the seed relies on the default, which may have been changed [K]. */
export function sysoptCommands(answers: Answers): Command[] {
  const tokens = ['sysopt', 'connection', 'permit-vpn'];
  return [{ tokens: answers.tunnelInterface.bypassInterfaceAcls ? tokens : ['no', ...tokens] }];
}
