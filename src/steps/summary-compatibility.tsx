/**
 * The Summary's "Client compatibility" section: which native clients cannot connect, or need an
 * extra step, with this configuration (the server/client consistency check), each with its
 * platforms and an Edit link to the step that changes it. End users get the same findings in
 * plain words in the handout.
 */
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { STEPS, type Answers } from '../domain/answers';
import type { StepProps } from '../ui/step-props';
import { VisuallyHidden } from '../ui/visually-hidden';
import { compatibilityRows } from './compatibility-rows';
import './summary-compatibility.css';

const ICONS = { error: '✕', warning: '!' } as const;

type Props = Pick<StepProps, 'routeOf' | 'numberOf'> & { answers: Answers };

export function SummaryCompatibility({ answers, routeOf, numberOf }: Props) {
  const headingId = useId();
  const rows = useMemo(() => compatibilityRows(answers), [answers]);
  const errors = rows.filter((row) => row.severity === 'error').length;
  const warnings = rows.length - errors;
  return (
    <section className="summary-issues summary-compat" aria-labelledby={headingId}>
      <h3 id={headingId} className="subheading">
        Client compatibility
      </h3>
      <p className="summary-compat-intro">
        How the built-in VPN clients work with this configuration ({errors}{' '}
        {errors === 1 ? 'error' : 'errors'}, {warnings} {warnings === 1 ? 'warning' : 'warnings'}).
        The client handout tells end users the same in plain words.
      </p>
      {rows.length === 0 ? (
        <p className="ok-text">Every listed client can connect.</p>
      ) : (
        <ul className="compat-list">
          {rows.map((row) => {
            const title = row.step && STEPS.find((step) => step.id === row.step)?.title;
            return (
              <li key={row.id} className="compat-item">
                <span className={`severity-badge severity-badge--${row.severity}`}>
                  <span className="severity-icon" aria-hidden="true">
                    {ICONS[row.severity]}
                  </span>
                  {row.severityLabel}
                  <VisuallyHidden>:</VisuallyHidden>
                </span>
                <div className="compat-body">
                  <p>{row.message}</p>
                  <p className="compat-meta">
                    <span className="compat-meta-label">Affects:</span> {row.platforms}
                  </p>
                </div>
                {row.step && title ? (
                  <Link to={routeOf(row.step)} className="compat-edit">
                    Edit
                    <VisuallyHidden>
                      {' '}
                      {title} (step {numberOf(row.step)})
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
