/**
 * A list of validation issues, each led by a link to the step where it is fixed: the Summary step's
 * errors and warnings and Finish's report. The handout options have no step (they are edited in
 * the preview's Client setup tab), so their issues lead to that tab instead.
 */
import { Link } from 'react-router';
import type { ValidationIssue } from '../domain/issues';
import { msg, type Msg } from '../i18n/catalogue';
import { useT } from './i18n';
import { openPreviewTab } from './preview-tab';
import { VisuallyHidden } from './visually-hidden';

export interface IssueStep {
  path: string;
  number: number;
  /** The step's title, as a message (stepTitle(id)), so it follows the language. */
  title: Msg;
}

interface Props {
  issues: readonly ValidationIssue[];
  kind: 'error' | 'warning';
  /** The step an issue belongs to; undefined for the handout options. */
  stepOf: (issue: ValidationIssue) => IssueStep | undefined;
}

export function IssueList({ issues, kind, stepOf }: Props) {
  const t = useT();
  return (
    <ul className={`issue-list issue-list--${kind}`}>
      {issues.map((issue, index) => {
        const step = stepOf(issue);
        return (
          <li key={`${issue.field}-${issue.ruleId}-${index}`}>
            {step ? (
              <Link to={step.path} className="issue-step">
                {t(msg('issueList.step', { number: step.number }))}
                <VisuallyHidden>
                  {t(msg('issueList.stepTitle', { title: step.title }))}
                </VisuallyHidden>
              </Link>
            ) : (
              <button
                type="button"
                className="issue-step link-button"
                onClick={() => openPreviewTab('client')}
              >
                {t(msg('preview.tab.client'))}
              </button>
            )}
            <span className="issue-message">{t(issue.message)}</span>
          </li>
        );
      })}
    </ul>
  );
}
