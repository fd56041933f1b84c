/**
 * The one printer of ASA CLI: `!` comment header, then the sections separated by a `!` line; tokens
 * joined by one space, sub-mode lines indented by one space as in `show running-config`. It prints
 * no `exit`: a sub-mode ends when the next global command arrives, while an `exit` typed after a
 * command that already left the sub-mode would leave configuration mode (reference.md §1.3 quirk 3).
 */
import type { Command, Section } from './command';

/**
 * The configuration text; `header` holds comment texts without the leading `!`. Lines are pushed
 * one at a time: spreading a section into push() passes every line as an argument, which overflows
 * the call stack for very large sections (some 120,000 lines).
 */
export function printAsaConfig(header: readonly string[], sections: readonly Section[]): string {
  const lines = header.map((text) => `! ${text}`);
  for (const section of sections) {
    lines.push('!');
    for (const command of section.commands) addCommandLines(lines, command);
  }
  return `${lines.join('\n')}\n`;
}

function addCommandLines(lines: string[], command: Command): void {
  lines.push(command.tokens.join(' '));
  for (const child of command.children ?? []) lines.push(` ${child.join(' ')}`);
}
