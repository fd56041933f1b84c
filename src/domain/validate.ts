/**
 * One entry point for validation: schema errors (field and same-step rules) plus cross-step errors and
 * warnings, all as ValidationIssues tagged with step and field. `parseAnswers` reads an answers file.
 */
import type { Answers } from './answers';
import { defaultAnswers } from './defaults';
import { stepOfField, type ValidationIssue } from './issues';
import { crossStepIssues } from './rules/cross-step-rules';
import { answersSchema } from './schema';

interface SchemaIssue {
  path: PropertyKey[];
  message: string;
}

function toIssue({ path, message }: SchemaIssue): ValidationIssue {
  const field = path.map(String).join('.');
  return { ruleId: 'schema', severity: 'error', step: stepOfField(field), field, message };
}

/** Every issue of the answers the wizard holds. */
export function validateAnswers(answers: Answers): ValidationIssue[] {
  const parsed = answersSchema.safeParse(answers);
  const schemaIssues = parsed.success ? [] : parsed.error.issues.map(toIssue);
  return [...schemaIssues, ...crossStepIssues(parsed.success ? parsed.data : answers)];
}

export const errorsOf = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: ValidationIssue[]) =>
  issues.filter((i) => i.severity === 'warning');

export type ParseResult =
  | { ok: true; answers: Answers; issues: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lays the file over the defaults (so a file may leave out non-secret fields; secrets default to empty
 * and are then reported as missing) and reports keys the model does not know instead of dropping them.
 */
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

/** Reads answers from parsed JSON (an answers file, an imported file or a stored draft). */
export function parseAnswers(input: unknown): ParseResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [toIssue({ path: [], message: 'The answers must be a JSON object.' })],
    };
  }
  const unknownKeys: string[] = [];
  const merged = overlay(defaultAnswers(), input, '', unknownKeys);
  const unknownIssues = unknownKeys.map((field) =>
    toIssue({
      path: field.split('.'),
      message: `Unknown setting "${field}"; check its spelling against answers.schema.json.`,
    }),
  );
  const parsed = answersSchema.safeParse(merged);
  if (!parsed.success) {
    return { ok: false, issues: [...unknownIssues, ...parsed.error.issues.map(toIssue)] };
  }
  const issues = [...unknownIssues, ...crossStepIssues(parsed.data)];
  return errorsOf(issues).length > 0
    ? { ok: false, issues }
    : { ok: true, answers: parsed.data, issues };
}
