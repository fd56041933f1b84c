/** What a cross-step rule is: a pure function from the answers to the issues it finds. */
import type { Answers } from '../answers';
import { stepOfField, type Severity, type ValidationIssue } from '../issues';

export type Rule = (answers: Answers) => ValidationIssue[];

export function issue(
  ruleId: string,
  severity: Severity,
  field: string,
  message: string,
): ValidationIssue {
  return { ruleId, severity, step: stepOfField(field), field, message };
}

export const error = (ruleId: string, field: string, message: string) =>
  issue(ruleId, 'error', field, message);
export const warning = (ruleId: string, field: string, message: string) =>
  issue(ruleId, 'warning', field, message);
