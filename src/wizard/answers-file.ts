/**
 * The answers file: the Answers object as JSON, the command-line generator's input format.
 * Secrets are left out (empty) unless the user asks for them.
 */
import { msg } from '../i18n/catalogue';
import type { Answers } from '../domain/answers';
import { stripSecrets } from '../domain/secrets';
import { readAnswers, type ReadResult } from './read-answers';

export const ANSWERS_FILE_NAME = 'asa-l2tp-answers.json';

export function answersFileText(answers: Answers, includeSecrets: boolean): string {
  return `${JSON.stringify(includeSecrets ? answers : stripSecrets(answers), null, 2)}\n`;
}

/** Reads an answers file; the reasons it is refused are messages, shown in the language chosen. */
export function readAnswersFile(text: string): ReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reasons: [msg('validation.file.notJson')] };
  }
  return readAnswers(json);
}
