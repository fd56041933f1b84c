/**
 * `npm run generate -- <answers.json> [--format asa|windows|markdown] [--lang en|ja]`: see
 * generate-command.ts.
 * Tip: `npm run -s generate -- …` keeps npm's own banner out of the output.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runGenerate } from './generate-command';

// npm runs scripts from the package root; INIT_CWD is where the user typed the command, so a
// relative answers path means what the user expects.
const base = process.env.INIT_CWD ?? process.cwd();

process.exitCode = runGenerate(process.argv.slice(2), {
  readFile: (path) => readFileSync(resolve(base, path), 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
