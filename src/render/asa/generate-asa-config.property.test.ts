import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../domain/answers';
import { validateAnswers } from '../../domain/validate';
import { buildAsaSections, generateAsaConfig } from './generate-asa-config';
import { candidateAnswers, hostileAnswers } from './testing/answers-arbitrary';
import { unknownLines } from './testing/known-templates';
import { undefinedReferences } from './testing/references';

const RUNS = { numRuns: 1000 };

const isValid = (answers: Answers) =>
  validateAnswers(answers).every((issue) => issue.severity !== 'error');
const validAnswers = candidateAnswers.filter(isValid);

/** A CLI token: printable ASCII 0x21–0x7E without '?' (reference.md §4 TOK). */
const TOKEN = /^[\x21-\x3e\x40-\x7e]+$/;
/** A printed line: `!` comments, or tokens separated by single spaces, optionally indented once. */
const LINE =
  /^(?:!(?: [\x20-\x3e\x40-\x7e]+)?| ?[\x21-\x3e\x40-\x7e]+(?: [\x21-\x3e\x40-\x7e]+)*)$/;

function lines(config: string): string[] {
  return config.replace(/\n$/, '').split('\n');
}

/** Every token of the structure is a single CLI token, and the text has exactly its lines. */
function assertNoInjection(answers: Answers) {
  const sections = buildAsaSections(answers);
  for (const { commands } of sections) {
    for (const command of commands) {
      for (const t of [...command.tokens, ...(command.children ?? []).flat()]) {
        expect(t).toMatch(TOKEN);
      }
    }
  }
  const config = generateAsaConfig(answers);
  const printed = lines(config);
  const structural = sections.reduce(
    (sum, { commands }) =>
      sum + 1 + commands.reduce((n, c) => n + 1 + (c.children?.length ?? 0), 0),
    0,
  );
  expect(config.endsWith('\n')).toBe(true);
  // Header lines + one `!` and the command lines per section: no value added a line.
  expect(printed.filter((line) => !line.startsWith('!')).length + sections.length).toBe(structural);
  for (const line of printed) expect(line).toMatch(LINE);
}

describe('generateAsaConfig for valid answers', () => {
  it('emits only known command templates of the chosen dialect', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(unknownLines(generateAsaConfig(answers), answers.introduction.asaVersion)).toEqual(
          [],
        );
      }),
      RUNS,
    );
  });

  it('emits single lines of plain CLI tokens', () => {
    fc.assert(fc.property(validAnswers, assertNoInjection), RUNS);
  });

  it('defines every name before it is referenced', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(undefinedReferences(generateAsaConfig(answers))).toEqual([]);
      }),
      RUNS,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        expect(generateAsaConfig(answers)).toBe(generateAsaConfig(structuredClone(answers)));
      }),
      RUNS,
    );
  });
});

describe('generateAsaConfig for any answers (totality, no injection)', () => {
  it('never throws and never lets a value start a new line', () => {
    fc.assert(fc.property(hostileAnswers, assertNoInjection), RUNS);
  });

  it('survives missing lists and non-string values from a hand-edited file', () => {
    fc.assert(
      fc.property(hostileAnswers, fc.constantFrom(undefined, null, 42, {}, []), (answers, junk) => {
        const broken = structuredClone(answers) as unknown as Record<
          string,
          Record<string, unknown>
        >;
        broken.userAccounts!.users = junk;
        broken.ipsecSettings!.exemptNetworks = junk;
        broken.transformSet!.saLifetime = junk;
        broken.addressPool!.startIp = junk;
        assertNoInjection(broken as unknown as Answers);
      }),
      { numRuns: 200 },
    );
  });
});
