/**
 * One entry point for validation: schema errors (field and same-step rules) plus cross-step errors and
 * warnings, all as ValidationIssues tagged with step and field. Reading answers files is parse-answers.ts.
 */
import { decodeMsg, msg, type Msg } from '../i18n/catalogue';
import type { Answers } from './answers';
import { stepOfField, type ValidationIssue } from './issues';
import { crossStepIssues } from './rules/cross-step-rules';
import { answersSchema } from './schema';
import { withoutSkippedSteps } from './skipped-steps';

interface SchemaIssue {
  path: PropertyKey[];
  /** A zod issue's message (an encoded Msg, or zod's own text), or a message. */
  message: string | Msg;
}

/**
 * The message of a schema issue. Every message of the schemas is a catalogue message; zod's own
 * text (a value of the wrong shape, such as a step that is not an object) is "Invalid input".
 */
function messageOf(message: string | Msg): Msg {
  if (typeof message !== 'string') return message;
  const decoded = decodeMsg(message);
  return typeof decoded === 'string' ? msg('validation.invalid') : decoded;
}

export function toIssue({ path, message }: SchemaIssue): ValidationIssue {
  const field = path.map(String).join('.');
  return {
    ruleId: 'schema',
    severity: 'error',
    step: stepOfField(field),
    field,
    message: messageOf(message),
  };
}

/** Every issue of the answers the wizard holds. */
export function validateAnswers(answers: Answers): ValidationIssue[] {
  const parsed = answersSchema.safeParse(answers);
  const schemaIssues = parsed.success ? [] : parsed.error.issues.map(toIssue);
  return withoutSkippedSteps(
    [...schemaIssues, ...crossStepIssues(parsed.success ? parsed.data : answers)],
    answers,
  );
}

export const errorsOf = (issues: ValidationIssue[]) => issues.filter((i) => i.severity === 'error');
export const warningsOf = (issues: ValidationIssue[]) =>
  issues.filter((i) => i.severity === 'warning');
