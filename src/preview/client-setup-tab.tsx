/**
 * The "Client setup" tab: the Windows checklist rendered from the same answers, the handout
 * options (connection name, whether the key is printed), Copy (plain text) and Download (HTML).
 */
import { useDeferredValue, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Answers } from '../domain/answers';
import { windowsChecklist } from '../render/windows/checklist';
import { windowsChecklistToText } from '../render/windows/checklist-markdown';
import { checklistSummary } from '../render/windows/checklist-summary';
import { windowsHandoutHtml } from '../render/windows/handout-html';
import { CheckboxField } from '../ui/checkbox-field';
import { TextField } from '../ui/text-field';
import { OutputActions } from './output-actions';
import { maskSecrets } from './secrets';
import { useCopyDownload } from './use-copy-download';
import type { ErrorPlace } from './use-error-steps';

export const HANDOUT_FILE_NAME = 'windows-l2tp-vpn-setup.html';

export function ClientSetupTab({
  masked,
  places,
}: {
  masked: boolean;
  places: readonly ErrorPlace[];
}) {
  const { getValues } = useFormContext();
  const values = useWatch() as Answers;
  const answers = useDeferredValue(values);
  const checklist = useMemo(
    () => windowsChecklist(masked ? maskSecrets(answers) : answers),
    [answers, masked],
  );
  const actions = useCopyDownload({
    copyText: () => windowsChecklistToText(windowsChecklist(getValues() as Answers)),
    fileText: () => windowsHandoutHtml(windowsChecklist(getValues() as Answers)),
    fileName: HANDOUT_FILE_NAME,
    mimeType: 'text/html',
    needsConfirmation: places.length > 0,
  });

  return (
    <div className="tab-content">
      <div className="client-options form-grid form-grid--compact">
        <TextField path="clientOptions.connectionName" size="medium" />
        <CheckboxField path="clientOptions.includeKeyInHandout" />
      </div>
      <div className="tab-toolbar">
        <OutputActions actions={actions} what="instructions" places={places} />
        <span className="tab-meta">Windows 8 – 11</span>
      </div>
      <div className="checklist" role="region" aria-label="Windows client setup" tabIndex={0}>
        <dl className="checklist-summary">
          {checklistSummary(checklist).map((row) => (
            <div key={row.label} className="checklist-summary-row">
              <dt>{row.label}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
        <ol className="checklist-steps">
          {checklist.steps.map((step) => (
            <li key={step.id} className="checklist-step">
              <h3 className="checklist-step-title">{step.title}</h3>
              {step.lines.map((line, index) => (
                <p key={index}>{line}</p>
              ))}
              {step.commands && step.commands.length > 0 ? (
                <pre className="cli cli--block">
                  <code>{step.commands.join('\n')}</code>
                </pre>
              ) : null}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
