/** Concise help for the current step: what its settings do and why (toggled by the Help button). */
import { useEffect, useRef } from 'react';
import { stepTitle } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { RichText, useT } from '../ui/i18n';
import { STEP_HELP } from './step-help';
import type { WizardStep } from './step-registry';

export function HelpPanel({ step, onClose }: { step: WizardStep; onClose: () => void }) {
  const t = useT();
  const panel = useRef<HTMLElement>(null);
  // The panel opens at the top of the step, which may be far above the Help button (a long step,
  // or the stacked narrow layout): bring it into view. Focus stays on the button (a disclosure).
  // Braces: what scrollIntoView returns (a Promise in recent Chromium) must not become the cleanup.
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  return (
    <aside ref={panel} id="help-panel" className="help-panel" aria-labelledby="help-panel-title">
      <div className="help-panel-head">
        <h3 id="help-panel-title" className="subheading">
          {t(msg('help.panel.heading', { title: stepTitle(step.id) }))}
        </h3>
        <button type="button" className="btn btn--small btn--quiet" onClick={onClose}>
          {t(msg('help.panel.close'))}
        </button>
      </div>
      {/* Paragraphs may quote CLI in `backticks` (shown as code). */}
      {STEP_HELP[step.id].map((id) => (
        <p key={id}>
          <RichText message={msg(id)} />
        </p>
      ))}
    </aside>
  );
}
