/**
 * The Summary's "Client compatibility" list: the consistency check's findings (for the
 * administrator) with their platforms as words and the wizard step that holds the field to change.
 * Errors (a client cannot connect at all) come before warnings; otherwise the check's order.
 */
import { msg, type Msg } from '../i18n/catalogue';
import { STEPS, type AnswerStepId, type Answers } from '../domain/answers';
import { clientCompatibilityIssues, type CompatibilityIssue } from '../domain/client-compatibility';
import { platformLabel } from '../domain/client-platforms';
import { stepOfField } from '../domain/issues';
import { andList } from '../domain/rules/list-message';

export interface CompatibilityRow {
  id: string;
  severity: CompatibilityIssue['severity'];
  /** Spelled out beside the icon, so severity never depends on colour alone. */
  severityLabel: Msg;
  message: Msg;
  /** "Windows 10/11 and Windows 8/8.1" (platform names are the same in every language). */
  platforms: Msg | string;
  /** The step to edit, or null when no answer fixes it (e.g. users sharing one NAT). */
  step: AnswerStepId | null;
}

function stepOf(issue: CompatibilityIssue): AnswerStepId | null {
  if (issue.field === undefined) return null;
  const step = stepOfField(issue.field);
  // stepOfField only splits the path: a field outside the wizard steps (clientOptions) has no step.
  return STEPS.some((s) => s.id === step) ? step : null;
}

export function compatibilityRows(answers: Answers): CompatibilityRow[] {
  const issues = clientCompatibilityIssues(answers);
  const ordered = [
    ...issues.filter((issue) => issue.severity === 'error'),
    ...issues.filter((issue) => issue.severity !== 'error'),
  ];
  return ordered.map((issue) => ({
    id: issue.id,
    severity: issue.severity,
    severityLabel: msg(
      issue.severity === 'error'
        ? 'summary.compat.severity.error'
        : 'summary.compat.severity.warning',
    ),
    message: issue.message,
    platforms: andList(issue.platforms.map(platformLabel)),
    step: stepOf(issue),
  }));
}
