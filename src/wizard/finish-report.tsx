/** The result of Finish: what still blocks the configuration (with links), or that it is complete. */
import { useEffect, useRef } from 'react';
import { IssueList } from '../ui/issue-list';
import { STEP_REGISTRY } from './step-registry';
import type { FinishReport as Report } from './use-step-actions';

const stepEntry = (id: string) => STEP_REGISTRY.find((entry) => entry.id === id);

export function FinishReport({ report }: { report: Report }) {
  const box = useRef<HTMLDivElement>(null);
  // Each Finish gives a new report: move focus to it (it may have just been loaded).
  useEffect(() => {
    box.current?.focus();
  }, [report]);
  if (report.ok) {
    return (
      <div
        ref={box}
        id="finish-report"
        className="notice notice--success"
        role="status"
        tabIndex={-1}
      >
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
    <div ref={box} id="finish-report" className="notice notice--error" role="alert" tabIndex={-1}>
      <div className="notice-body">
        <p className="notice-title">
          Not finished: {report.errors.length}{' '}
          {report.errors.length === 1 ? 'problem remains' : 'problems remain'}.
        </p>
        <IssueList issues={report.errors} kind="error" stepOf={(issue) => stepEntry(issue.step)} />
      </div>
    </div>
  );
}
