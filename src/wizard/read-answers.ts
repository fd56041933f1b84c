/**
 * Reads answers from JSON that may legitimately fail validation: a draft saved while the user was
 * still typing, or an answers file saved without its secrets. Structural problems (not an object,
 * wrong types, unknown keys or options) are refused with their reasons, as messages (shown in the
 * language chosen; `english()` gives the English text).
 */
import { msg, type Msg } from '../i18n/catalogue';
import type { Answers } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { parseAnswers } from '../domain/parse-answers';

/** The answers read, or the reasons they were refused. */
export type ReadResult =
  { ok: true; answers: Answers; issues: ValidationIssue[] } | { ok: false; reasons: Msg[] };

/** One reason per problem: `<field path>: <message>` (the path as in the file), or the message. */
const reasonOf = ({ field, message }: ValidationIssue): Msg =>
  field === '' && typeof message !== 'string'
    ? message
    : msg('validation.file.reason', { field, message });

export function readAnswers(input: unknown): ReadResult {
  const parsed = parseAnswers(input, { allowRuleErrors: true });
  if (parsed.ok) return parsed;
  return { ok: false, reasons: parsed.issues.map(reasonOf) };
}
