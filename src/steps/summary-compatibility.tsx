/**
 * The Summary's "Client compatibility" section: which native clients cannot connect, or need an
 * extra step, with this configuration (the server/client consistency check), each with its
 * platforms and an Edit link to the step that changes it. End users get the same findings in
 * plain words in the handout.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { msg } from '../i18n/catalogue';
import { stepTitle, type Answers } from '../domain/answers';
import { useT } from '../ui/i18n';
import type { StepProps } from '../ui/step-props';
import { VisuallyHidden } from '../ui/visually-hidden';
import { compatibilityRows } from './compatibility-rows';
import './summary-compatibility.css';

const ICONS = { error: '✕', warning: '!' } as const;

type Props = Pick<StepProps, 'routeOf' | 'numberOf'> & { answers: Answers };

export function SummaryCompatibility({ answers, routeOf, numberOf }: Props) {
  const t = useT();
  const headingId = useId();
  const rows = useMemo(() => compatibilityRows(answers), [answers]);
  const errors = rows.filter((row) => row.severity === 'error').length;
  const warnings = rows.length - errors;
  const errorCount = msg(
    errors === 1 ? 'summary.compat.errors.one' : 'summary.compat.errors.other',
    { count: errors },
  );
  const warningCount = msg(
    warnings === 1 ? 'summary.compat.warnings.one' : 'summary.compat.warnings.other',
    { count: warnings },
  );
  return (
    <section className="summary-issues summary-compat" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        {t(msg('summary.compat.heading'))}
      </h3>
      <p className="summary-compat-intro">
        {t(msg('summary.compat.intro', { errors: errorCount, warnings: warningCount }))}
      </p>
      {rows.length === 0 ? (
        <p className="ok-text">{t(msg('summary.compat.allConnect'))}</p>
      ) : (
        <ul className="compat-list">
          {rows.map((row) => {
            const step = row.step;
            return (
              <li key={row.id} className="compat-item">
                <span className={`severity-badge severity-badge--${row.severity}`}>
                  <span className="severity-icon" aria-hidden="true">
                    {ICONS[row.severity]}
                  </span>
                  {t(row.severityLabel)}
                  <VisuallyHidden>:</VisuallyHidden>
                </span>
                <div className="compat-body">
                  <p>{t(row.message)}</p>
                  <p className="compat-meta">
                    <span className="compat-meta-label">{t(msg('summary.compat.affects'))}</span>{' '}
                    {t(row.platforms)}
                  </p>
                </div>
                {step ? (
                  <Link to={routeOf(step)} className="compat-edit">
                    {t(msg('summary.edit.link'))}
                    <VisuallyHidden>
                      {' '}
                      {t(
                        msg('summary.compat.editStep', {
                          title: stepTitle(step),
                          number: numberOf(step),
                        }),
                      )}
                    </VisuallyHidden>
                  </Link>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
