/**
 * The preview region: "Mask secrets", the invalid-answers banner, and the two tabs. It is the only
 * part that watches every answer (useWatch), so typing re-renders the preview, not the wizard.
 */
import { useState } from 'react';
import type { StepId } from '../domain/answers';
import { selectPreviewTab, usePreviewTab, type PreviewTabId } from '../ui/preview-tab';
import { Tabs } from '../ui/tabs';
import { AsaCliTab } from './asa-cli-tab';
import { ClientSetupTab } from './client-setup-tab';
import { InvalidBanner } from './invalid-banner';
import { useErrorPlaces } from './use-error-steps';

export function PreviewPane({ routeOf }: { routeOf: (id: StepId) => string }) {
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
          Mask secrets
        </label>
        <span className="field-help">Copy and Download always contain the real values.</span>
      </div>
      <InvalidBanner places={places} routeOf={routeOf} />
      <Tabs
        label="Preview output"
        selected={tab}
        onSelect={(id) => selectPreviewTab(id as PreviewTabId)}
        tabs={[
          {
            id: 'asa',
            label: 'ASA CLI',
            render: () => <AsaCliTab masked={masked} places={places} />,
          },
          {
            id: 'client',
            label: 'Client setup',
            render: () => <ClientSetupTab masked={masked} places={places} />,
          },
        ]}
      />
    </div>
  );
}
