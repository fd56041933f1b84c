/** The result of Finish: what still blocks the configuration (with links), or that it is complete. */
import { useEffect, useRef } from 'react';
import { stepTitle } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { RichText, useT } from '../ui/i18n';
import { IssueList, type IssueStep } from '../ui/issue-list';
import { STEP_REGISTRY } from './step-registry';
import type { FinishReport as Report } from './use-step-actions';

function stepEntry(id: string): IssueStep | undefined {
  const entry = STEP_REGISTRY.find((step) => step.id === id);
  return entry && { path: entry.path, number: entry.number, title: stepTitle(entry.id) };
}

export function FinishReport({ report }: { report: Report }) {
  const t = useT();
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
          <p className="notice-title">{t(msg('finish.complete.title'))}</p>
          <p>
            <RichText message={msg('finish.complete.body')} />
          </p>
        </div>
      </div>
    );
  }
  const count = report.errors.length;
  return (
    <div ref={box} id="finish-report" className="notice notice--error" role="alert" tabIndex={-1}>
      <div className="notice-body">
        <p className="notice-title">
          {t(msg(count === 1 ? 'finish.notFinished.one' : 'finish.notFinished.other', { count }))}
        </p>
        <IssueList issues={report.errors} kind="error" stepOf={(issue) => stepEntry(issue.step)} />
      </div>
    </div>
  );
}
