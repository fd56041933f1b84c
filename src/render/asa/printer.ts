/**
 * The one printer of ASA CLI: `!` comment header, then the sections separated by a `!` line; tokens
 * joined by one space, sub-mode lines indented by one space as in `show running-config`. It prints
 * no `exit`: a sub-mode ends when the next global command arrives, while an `exit` typed after a
 * command that already left the sub-mode would leave configuration mode (reference.md §1.3 quirk 3).
 */
import type { Command, Section } from './command';

function commandLines(command: Command): string[] {
  return [
    command.tokens.join(' '),
    ...(command.children ?? []).map((child) => ` ${child.join(' ')}`),
  ];
}

/** The configuration text; `header` holds comment texts without the leading `!`. */
export function printAsaConfig(header: readonly string[], sections: readonly Section[]): string {
  const lines = header.map((text) => `! ${text}`);
  for (const section of sections) {
    lines.push('!', ...section.commands.flatMap(commandLines));
  }
  return `${lines.join('\n')}\n`;
}
