/**
 * Errors of the current step that no field on it shows (e.g. a rule about a field the step hides),
 * listed under the heading once the step's errors are revealed, so no reason is ever invisible.
 */
import type { AnswerStepId } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { useUnclaimedIssues } from '../ui/issues-context';

export function StepIssues({ step }: { step: AnswerStepId }) {
  const { revealed, issues } = useUnclaimedIssues(step);
  const t = useT();
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (!revealed || errors.length === 0) return null;
  return (
    <div className="notice notice--error step-issues" role="alert" tabIndex={-1}>
      <div className="notice-body">
        <p className="notice-title">{t(msg('chrome.step.issuesTitle'))}</p>
        <ul>
          {errors.map((issue, index) => (
            <li key={`${issue.field}-${index}`}>{t(issue.message)}</li>
          ))}
        </ul>
      </div>
    </div>
  );
}
