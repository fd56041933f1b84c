/** What a cross-step rule is: a pure function from the answers to the issues it finds. */
import type { Msg } from '../../i18n/catalogue';
import type { Answers } from '../answers';
import { stepOfField, type Severity, type ValidationIssue } from '../issues';

export type Rule = (answers: Answers) => ValidationIssue[];

/** An issue of a rule: its message is a catalogue message, shown in the language of the moment. */
export function issue(
  ruleId: string,
  severity: Severity,
  field: string,
  message: Msg,
): ValidationIssue {
  return { ruleId, severity, step: stepOfField(field), field, message };
}

export const error = (ruleId: string, field: string, message: Msg) =>
  issue(ruleId, 'error', field, message);
export const warning = (ruleId: string, field: string, message: Msg) =>
  issue(ruleId, 'warning', field, message);
