/**
 * "Setup files" under the handout buttons: the PowerShell script for Windows and the Apple
 * configuration profile for macOS and iOS/iPadOS, each shown only when the chosen platform can use
 * it. Downloads go through useCopyDownload (real values, confirmation while answers have errors).
 */
import { useId } from 'react';
import type { Answers } from '../domain/answers';
import { appleProfile } from '../render/clients/apple-profile';
import { CLIENT_DOWNLOADS } from '../render/clients/downloads';
import { windowsPowerShellScript } from '../render/windows/powershell-script';
import { POWERSHELL_RUN_COMMAND } from '../render/windows/powershell-script';
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { appleInstallNotes } from './apple-install-notes';
import { powerShellNotes } from './client-exports';
import { OutputConfirmDialog, StatusText } from './output-actions';
import { useCopyDownload } from './use-copy-download';
import type { ErrorPlace } from './use-error-steps';

interface Props {
  /** The answers as displayed (possibly masked): only for the hints and install notes. */
  shown: Answers;
  /** The real answers at the moment of a click: what the files contain. */
  current: () => Answers;
  places: readonly ErrorPlace[];
  powerShell: boolean;
  apple: boolean;
  profileUserName: string;
  onProfileUserName: (value: string) => void;
}

export function ClientSetupFiles(props: Props) {
  const { shown, current, places, powerShell, apple, profileUserName } = props;
  const t = useT();
  const headingId = useId();
  const userNameId = useId();
  const needsConfirmation = places.length > 0;
  const script = useCopyDownload({
    copyText: () => windowsPowerShellScript(current()),
    ...CLIENT_DOWNLOADS.powershellScript,
    needsConfirmation,
  });
  const profile = useCopyDownload({
    // Fresh UUIDs on every download (appleProfile's default).
    copyText: () => appleProfile(current(), { userName: profileUserName }),
    ...CLIENT_DOWNLOADS.appleProfile,
    needsConfirmation,
  });
  if (!powerShell && !apple) return null;

  return (
    <section className="client-files" aria-labelledby={headingId}>
      <h3 id={headingId} className="client-files-title">
        {t(msg('preview.files.title'))}
      </h3>
      {powerShell ? (
        <div className="client-file">
          <div className="client-file-head">
            <p className="client-file-name">
              <strong>{t(msg('preview.files.script.name'))}</strong>{' '}
              <code>{CLIENT_DOWNLOADS.powershellScript.fileName}</code>
            </p>
            <button type="button" className="btn btn--small" onClick={script.download}>
              {t(msg('preview.files.script.download'))}
            </button>
          </div>
          <p className="client-file-text">{t(msg('preview.files.script.text'))}</p>
          <pre className="cli cli--block client-file-command" lang="en" translate="no">
            <code>{POWERSHELL_RUN_COMMAND}</code>
          </pre>
          {powerShellNotes({
            behindNat: shown.tunnelInterface?.asaBehindNat === true,
            keyIncluded: shown.clientOptions?.includeKeyInHandout !== false,
          }).map((line) => (
            <p key={line.id} className="client-file-text client-file-text--note">
              {t(line)}
            </p>
          ))}
          <StatusText status={script.status} />
          <OutputConfirmDialog actions={script} what={msg('preview.what.script')} places={places} />
        </div>
      ) : null}
      {apple ? (
        <div className="client-file">
          <div className="client-file-head">
            <p className="client-file-name">
              <strong>{t(msg('preview.files.profile.name'))}</strong>{' '}
              <code>{CLIENT_DOWNLOADS.appleProfile.fileName}</code>
            </p>
            <button type="button" className="btn btn--small" onClick={profile.download}>
              {t(msg('preview.files.profile.download'))}
            </button>
          </div>
          <p className="client-file-text">{t(msg('preview.files.profile.text'))}</p>
          <div className="client-file-field">
            <label htmlFor={userNameId}>{t(msg('preview.files.profile.userName'))}</label>
            <input
              id={userNameId}
              type="text"
              className="input input--medium"
              autoComplete="off"
              spellCheck={false}
              value={profileUserName}
              onChange={(event) => props.onProfileUserName(event.target.value)}
            />
          </div>
          <details className="client-file-notes">
            <summary>{t(msg('preview.files.profile.howTo'))}</summary>
            {appleInstallNotes(shown).map((note) => (
              <div key={note.id} className="client-file-note">
                <h4 className="client-file-note-title">{t(note.title)}</h4>
                {note.lines.map((line) => (
                  <p key={line.id}>{t(line)}</p>
                ))}
              </div>
            ))}
          </details>
          <StatusText status={profile.status} />
          <OutputConfirmDialog
            actions={profile}
            what={msg('preview.what.profile')}
            places={places}
          />
        </div>
      ) : null}
    </section>
  );
}
