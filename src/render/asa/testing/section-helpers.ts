/** Test helper for the section tables: answers as a patch of the Cisco example, commands as lines. */
import type { Answers } from '../../../domain/answers';
import { ciscoExample } from '../../../domain/defaults';
import type { Command } from '../command';
import type { Dialect } from '../dialect';
import { DIALECTS } from '../dialect';
import { printAsaConfig } from '../printer';

type Patch = { [K in keyof Answers]?: Partial<Answers[K]> };

/** The Cisco example (reference.md §1.1) with some fields of some steps replaced. */
export function example(patch: Patch = {}): Answers {
  const answers = ciscoExample();
  for (const [step, fields] of Object.entries(patch)) {
    Object.assign(answers[step as keyof Answers], fields);
  }
  return answers;
}

/** The commands as the printer prints them, one string per line. */
export function printed(commands: Command[]): string[] {
  return printAsaConfig([], [{ title: '', commands }])
    .split('\n')
    .slice(1, -1);
}

export const V84: Dialect = DIALECTS['8.4-or-later'];
export const V83: Dialect = DIALECTS['8.3'];
export const V82: Dialect = DIALECTS['8.2-or-earlier'];
