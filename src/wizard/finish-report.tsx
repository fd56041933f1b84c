/** The result of Finish: what still blocks the configuration (with links), or that it is complete. */
import { Link } from 'react-router';
import { STEP_REGISTRY } from './step-registry';
import type { FinishReport as Report } from './use-step-actions';

export function FinishReport({ report }: { report: Report }) {
  if (report.ok) {
    return (
      <div id="finish-report" className="notice notice--success" role="status" tabIndex={-1}>
        <div className="notice-body">
          <p className="notice-title">The configuration is complete.</p>
          <p>
            Copy or download the ASA configuration and the Windows client instructions from the
            preview. Paste the configuration in global configuration mode, then save it with write
            memory.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div id="finish-report" className="notice notice--error" role="alert" tabIndex={-1}>
      <div className="notice-body">
        <p className="notice-title">
          Not finished: {report.errors.length}{' '}
          {report.errors.length === 1 ? 'problem remains' : 'problems remain'}.
        </p>
        <ul className="issue-list">
          {report.errors.map((issue, index) => {
            // Issues of the handout options belong to the preview's Client setup tab, not a step.
            const step = STEP_REGISTRY.find((entry) => entry.id === issue.step);
            return (
              <li key={`${issue.field}-${index}`}>
                {step ? (
                  <Link to={step.path} className="issue-step">
                    Step {step.number}: {step.title}
                  </Link>
                ) : (
                  <span className="issue-step">Client setup tab</span>
                )}
                <span>{issue.message}</span>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
