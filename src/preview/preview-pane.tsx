/**
 * The preview region: "Mask secrets", the invalid-answers banner, and the two tabs. It is the only
 * part that watches every answer (useWatch), so typing re-renders the preview, not the wizard.
 */
import { useState } from 'react';
import type { StepId } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { selectPreviewTab, usePreviewTab, type PreviewTabId } from '../ui/preview-tab';
import { Tabs } from '../ui/tabs';
import { AsaCliTab } from './asa-cli-tab';
import { ClientSetupTab } from './client-setup-tab';
import { InvalidBanner } from './invalid-banner';
import { useErrorPlaces } from './use-error-steps';

export function PreviewPane({ routeOf }: { routeOf: (id: StepId) => string }) {
  const t = useT();
  const tab = usePreviewTab();
  const [masked, setMasked] = useState(false);
  const places = useErrorPlaces();
  return (
    <div className="preview">
      <div className="preview-options">
        <label className="toolbar-check">
          <input
            type="checkbox"
            className="check"
            checked={masked}
            onChange={(event) => setMasked(event.target.checked)}
          />
          {t(msg('preview.mask.label'))}
        </label>
        <span className="field-help">{t(msg('preview.mask.help'))}</span>
      </div>
      <InvalidBanner places={places} routeOf={routeOf} />
      <Tabs
        label={t(msg('preview.tabs.label'))}
        selected={tab}
        onSelect={(id) => selectPreviewTab(id as PreviewTabId)}
        tabs={[
          {
            id: 'asa',
            label: t(msg('preview.tab.asa')),
            render: () => <AsaCliTab masked={masked} places={places} />,
          },
          {
            id: 'client',
            label: t(msg('preview.tab.client')),
            render: () => <ClientSetupTab masked={masked} places={places} />,
          },
        ]}
      />
    </div>
  );
}
