/**
 * The answers file: the Answers object as JSON, the command-line generator's input format.
 * Secrets are left out (empty) unless the user asks for them.
 */
import type { Answers } from '../domain/answers';
import { stripSecrets } from '../domain/secrets';
import { readAnswers, type ReadResult } from './read-answers';

export const ANSWERS_FILE_NAME = 'asa-l2tp-answers.json';

export function answersFileText(answers: Answers, includeSecrets: boolean): string {
  return `${JSON.stringify(includeSecrets ? answers : stripSecrets(answers), null, 2)}\n`;
}

export function readAnswersFile(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reasons: ['The file is not valid JSON.'] };
  }
  return readAnswers(json);
}
