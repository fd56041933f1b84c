/**
 * Reads answers from JSON that may legitimately fail validation: a draft saved while the user was
 * still typing, or an answers file saved without its secrets. Structural problems (not an object,
 * wrong types, unknown keys or options) are refused with their reasons.
 */
import { english } from '../i18n/catalogue';
import type { Answers } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { parseAnswers } from '../domain/parse-answers';

export type ReadResult =
  { ok: true; answers: Answers; issues: ValidationIssue[] } | { ok: false; reasons: string[] };

export function readAnswers(input: unknown): ReadResult {
  const parsed = parseAnswers(input, { allowRuleErrors: true });
  if (parsed.ok) return parsed;
  return {
    ok: false,
    reasons: parsed.issues.map((i) =>
      i.field ? `${i.field}: ${english(i.message)}` : english(i.message),
    ),
  };
}
