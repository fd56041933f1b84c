/**
 * Step 12 — Summary: the errors and warnings, the client compatibility check, then every choice
 * grouped by step with an Edit link. Copy and Download live in the preview, not here.
 */
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { msg } from '../i18n/catalogue';
import { STEPS, stepTitle, type AnswerStepId, type Answers } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { errorsOf, validateAnswers, warningsOf } from '../domain/validate';
import { useT } from '../ui/i18n';
import type { StepProps } from '../ui/step-props';
import { IssueList } from '../ui/issue-list';
import { VisuallyHidden } from '../ui/visually-hidden';
import { SummaryCompatibility } from './summary-compatibility';
import { SUMMARY_ROWS } from './summary-rows';

const ANSWER_STEPS = STEPS.filter(
  (step): step is Extract<(typeof STEPS)[number], { id: AnswerStepId }> => step.id !== 'summary',
);

const orderOf = (id: string) => {
  const index = STEPS.findIndex((step) => step.id === id);
  return index === -1 ? STEPS.length : index;
};
/** Issues in wizard order (stable within a step), so the lists read like the step list. */
const byStep = (issues: ValidationIssue[]) =>
  [...issues].sort((a, b) => orderOf(a.step) - orderOf(b.step));

export function SummaryStep({ routeOf, numberOf }: StepProps) {
  const t = useT();
  const answers = useWatch() as Answers;
  const issues = useMemo(() => validateAnswers(answers), [answers]);
  const errors = byStep(errorsOf(issues));
  const warnings = byStep(warningsOf(issues));

  const stepOf = (issue: ValidationIssue) =>
    STEPS.some((step) => step.id === issue.step)
      ? { path: routeOf(issue.step), number: numberOf(issue.step), title: stepTitle(issue.step) }
      : undefined;
  const issueList = (items: ValidationIssue[], kind: 'error' | 'warning') => (
    <IssueList issues={items} kind={kind} stepOf={stepOf} />
  );

  return (
    <>
      <p className="step-intro">{t(msg('summary.intro'))}</p>
      <section className="summary-issues" aria-labelledby="summary-errors-heading">
        <h3 id="summary-errors-heading" className="subheading">
          {t(msg('summary.errors.heading', { count: errors.length }))}
        </h3>
        {errors.length > 0 ? (
          issueList(errors, 'error')
        ) : (
          <p className="ok-text">{t(msg('summary.errors.none'))}</p>
        )}
        <h3 className="subheading">
          {t(msg('summary.warnings.heading', { count: warnings.length }))}
        </h3>
        {warnings.length > 0 ? (
          issueList(warnings, 'warning')
        ) : (
          <p>{t(msg('summary.warnings.none'))}</p>
        )}
      </section>
      <SummaryCompatibility answers={answers} routeOf={routeOf} numberOf={numberOf} />
      <div className="summary-groups">
        {ANSWER_STEPS.map((step) => {
          const headingId = `summary-${step.id}`;
          const title = t(stepTitle(step.id));
          return (
            <section key={step.id} className="summary-group" aria-labelledby={headingId}>
              <div className="summary-group-head">
                <h3 id={headingId} className="subheading">
                  <span className="summary-num">{numberOf(step.id)}</span> {title}
                </h3>
                <Link to={routeOf(step.id)} className="edit-link">
                  {t(msg('summary.edit.link'))}
                  <VisuallyHidden>
                    {' '}
                    {t(msg('summary.edit.step', { number: numberOf(step.id), title }))}
                  </VisuallyHidden>
                </Link>
              </div>
              <dl className="summary-list">
                {SUMMARY_ROWS[step.id](answers).map(([label, value]) => (
                  <div key={label.id} className="summary-row">
                    <dt>{t(label)}</dt>
                    <dd>{t(value)}</dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}
      </div>
    </>
  );
}
