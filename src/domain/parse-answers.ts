/**
 * Reading answers from JSON: an answers file, an imported file or a stored draft. The JSON is laid
 * over the defaults (a file may leave out non-secret fields; secrets default to empty and are then
 * reported as missing), keys the model does not know are reported instead of dropped, and the
 * file-format conveniences (numbers as JSON numbers, lists as arrays) are normalised to the text the
 * wizard holds.
 */
import { msg } from '../i18n/catalogue';
import type { Answers } from './answers';
import { defaultAnswers } from './defaults';
import type { ValidationIssue } from './issues';
import { crossStepIssues } from './rules/cross-step-rules';
import { answersSchema } from './schema';
import { countedSchemaIssues, withoutSkippedSteps } from './skipped-steps';
import { errorsOf, toIssue, validateAnswers } from './validate';

export type ParseResult =
  | { ok: true; answers: Answers; issues: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

export interface ParseOptions {
  /**
   * Accept answers whose shape is right but whose rules fail (a draft saved mid-typing, a file saved
   * without its secrets), so the wizard can show the problems on their steps instead of refusing.
   */
  allowRuleErrors?: boolean;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function overlay(base: unknown, given: unknown, path: string, unknownKeys: string[]): unknown {
  if (!isPlainObject(base) || !isPlainObject(given)) return given;
  const result: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(given)) {
    const where = path === '' ? key : `${path}.${key}`;
    if (!(key in base) && !(path === '' && key === '$schema')) unknownKeys.push(where);
    else result[key] = overlay(base[key], value, where, unknownKeys);
  }
  return result;
}

/** Numbers and string arrays where the model holds text, as the schema's transforms would. */
function normalise(base: unknown, value: unknown): unknown {
  if (isPlainObject(base) && isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalise(base[k], v)]));
  }
  if (typeof base === 'string' && typeof value === 'number') return String(value);
  if (typeof base === 'string' && Array.isArray(value)) return value.join('\n');
  return value;
}

export function parseAnswers(input: unknown, options: ParseOptions = {}): ParseResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [toIssue({ path: [], message: msg('validation.file.notObject') })],
    };
  }
  const unknownKeys: string[] = [];
  const defaults = defaultAnswers();
  const merged = overlay(defaults, input, '', unknownKeys);
  const unknownIssues = unknownKeys.map((field) =>
    toIssue({
      path: field.split('.'),
      message: msg('validation.file.unknownKey', { field, schema: 'answers.schema.json' }),
    }),
  );
  const parsed = answersSchema.safeParse(merged);
  if (parsed.success) {
    const issues = [
      ...unknownIssues,
      ...withoutSkippedSteps(crossStepIssues(parsed.data), parsed.data),
    ];
    return errorsOf(issues).length > 0
      ? { ok: false, issues }
      : { ok: true, answers: parsed.data, issues };
  }
  // Rule failures are 'custom' issues; anything else (a wrong type, an unknown option) is structural.
  const onlyRules = parsed.error.issues.every((issue) => issue.code === 'custom');
  const counted = countedSchemaIssues(parsed.error.issues, merged as Answers);
  if (onlyRules && counted.length === 0) {
    // Only a skipped step's rules failed (local users left over with an AAA group): the answers are
    // usable as they are, and those users are kept for when the step applies again.
    const answers = readableAnswers(defaults, merged);
    const issues = [...unknownIssues, ...validateAnswers(answers)];
    return errorsOf(issues).length > 0 ? { ok: false, issues } : { ok: true, answers, issues };
  }
  if (options.allowRuleErrors && onlyRules && unknownIssues.length === 0) {
    const answers = readableAnswers(defaults, merged);
    return { ok: true, answers, issues: validateAnswers(answers) };
  }
  // With allowRuleErrors, rule failures (a missing secret) would not refuse the answers: only the
  // structural problems are the reasons, so fixing them is enough to open the file.
  const reasons = options.allowRuleErrors
    ? counted.filter((issue) => issue.code !== 'custom')
    : counted;
  return { ok: false, issues: [...unknownIssues, ...reasons.map(toIssue)] };
}

/** Answers whose rules may fail but whose shape is right, normalised like the schema would. */
function readableAnswers(defaults: Answers, merged: unknown): Answers {
  const answers = normalise(defaults, merged) as Answers;
  // A user entry may lack a field; the wizard shows it as empty and marks it.
  answers.userAccounts.users = answers.userAccounts.users.map((user) => ({
    username: typeof user.username === 'string' ? user.username : '',
    password: typeof user.password === 'string' ? user.password : '',
  }));
  return answers;
}
