/**
 * A validation finding, tagged with the step and field it belongs to. Errors block Next on their step
 * and Finish; warnings are shown and block nothing.
 */
import type { Msg } from '../i18n/catalogue';
import type { AnswerStepId } from './answers';

export type Severity = 'error' | 'warning';

export interface ValidationIssue {
  /** Rule id from reference.md §4 (e.g. 'K-PSK', 'P-AAA'). */
  ruleId: string;
  severity: Severity;
  step: AnswerStepId;
  /** Dotted path in the answers, e.g. 'authMethod.preSharedKey' or 'userAccounts.users.0.password'. */
  field: string;
  /** What to tell the user: a catalogue message, shown in the language chosen when it is shown. */
  message: Msg;
}

export function stepOfField(field: string): AnswerStepId {
  return field.split('.')[0] as AnswerStepId;
}
