/**
 * The "Client setup" tab: the end-user handout for the chosen platform (or all of them), rendered
 * from the same answers as the ASA configuration, with the handout options (platform, connection
 * name, whether the key is printed), Copy (plain text), the handout downloads (HTML, Markdown) and
 * the setup files (PowerShell script, Apple profile). "Mask secrets" masks the key on screen only:
 * every Copy and Download is computed from the real answers at the moment of the click.
 */
import { useDeferredValue, useId, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Answers } from '../domain/answers';
import { CLIENT_DOWNLOADS } from '../render/clients/downloads';
import { clientHandout } from '../render/clients/handout';
import { clientHandoutHtml } from '../render/clients/handout-html';
import { clientHandoutMarkdown } from '../render/clients/handout-markdown';
import { clientHandoutText } from '../render/clients/handout-text';
import { isPlatformChoice, PLATFORM_CHOICES } from '../render/clients/platforms';
import { msg } from '../i18n/catalogue';
import { CheckboxField } from '../ui/checkbox-field';
import { FieldRow } from '../ui/field-row';
import { useT } from '../ui/i18n';
import { TextField } from '../ui/text-field';
import {
  handoutRegionLabel,
  offersAppleProfile,
  offersPowerShellScript,
  platformChoiceLabel,
} from './client-exports';
import { ClientHandoutView } from './client-handout-view';
import { ClientSetupFiles } from './client-setup-files';
import { useClientView } from './client-view-state';
import { OutputConfirmDialog, StatusText } from './output-actions';
import { maskSecrets } from '../domain/secrets';
import { statusOf, useCopyDownload } from './use-copy-download';
import type { ErrorPlace } from './use-error-steps';
import './client-setup.css';

export function ClientSetupTab({
  masked,
  places,
}: {
  masked: boolean;
  places: readonly ErrorPlace[];
}) {
  const t = useT();
  const { getValues } = useFormContext();
  const values = useWatch() as Answers;
  const answers = useDeferredValue(values);
  const [view, updateView] = useClientView();
  const { platform } = view;
  const platformId = useId();
  const shown = useMemo(() => (masked ? maskSecrets(answers) : answers), [answers, masked]);
  const handout = useMemo(() => clientHandout(shown, platform), [shown, platform]);

  const current = () => getValues() as Answers;
  const needsConfirmation = places.length > 0;
  const html = useCopyDownload({
    copyText: () => clientHandoutText(current(), platform),
    fileText: () => clientHandoutHtml(current(), platform),
    ...CLIENT_DOWNLOADS.handoutHtml,
    needsConfirmation,
  });
  const markdown = useCopyDownload({
    copyText: () => clientHandoutMarkdown(current(), platform),
    ...CLIENT_DOWNLOADS.handoutMarkdown,
    needsConfirmation,
  });
  const handoutWhat = msg('preview.what.handout');

  return (
    <div className="tab-content client-tab">
      <div className="client-options form-grid form-grid--compact">
        <FieldRow label={<label htmlFor={platformId}>{t(msg('preview.client.platform'))}</label>}>
          <select
            id={platformId}
            className="input select"
            value={platform}
            onChange={(event) => {
              if (isPlatformChoice(event.target.value))
                updateView({ platform: event.target.value });
            }}
          >
            {PLATFORM_CHOICES.map(([id]) => (
              <option key={id} value={id}>
                {t(platformChoiceLabel(id))}
              </option>
            ))}
          </select>
        </FieldRow>
        <TextField path="clientOptions.connectionName" size="medium" />
        <CheckboxField path="clientOptions.includeKeyInHandout" />
      </div>
      <div className="tab-toolbar">
        <div className="output-actions">
          <button type="button" className="btn btn--small" onClick={html.copy}>
            {t(msg('preview.action.copy'))}
          </button>
          <button type="button" className="btn btn--small" onClick={html.download}>
            {t(msg('preview.client.downloadHtml'))}
          </button>
          <button type="button" className="btn btn--small" onClick={markdown.download}>
            {t(msg('preview.client.downloadMarkdown'))}
          </button>
          <StatusText status={statusOf(html.status, markdown.status)} />
          <OutputConfirmDialog actions={html} what={handoutWhat} places={places} />
          <OutputConfirmDialog actions={markdown} what={handoutWhat} places={places} />
        </div>
      </div>
      <ClientHandoutView
        handout={handout}
        label={t(handoutRegionLabel(platform))}
        before={
          <ClientSetupFiles
            shown={shown}
            current={current}
            places={places}
            powerShell={offersPowerShellScript(platform)}
            apple={offersAppleProfile(platform)}
            profileUserName={view.profileUserName}
            onProfileUserName={(value) => updateView({ profileUserName: value })}
          />
        }
      />
    </div>
  );
}
