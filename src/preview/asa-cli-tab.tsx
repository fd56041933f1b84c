/** The "ASA CLI" tab: the live configuration (optionally masked) with Copy and Download. */
import { useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { Answers } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { generateAsaConfig } from '../render/asa/generate-asa-config';
import { CliView } from './cli-view';
import { OutputActions } from './output-actions';
import { maskSecrets } from '../domain/secrets';
import { useCopyDownload } from './use-copy-download';
import type { ErrorPlace } from './use-error-steps';

export const ASA_FILE_NAME = 'asa-l2tp-ipsec.txt';

export function AsaCliTab({ masked, places }: { masked: boolean; places: readonly ErrorPlace[] }) {
  const t = useT();
  const { getValues } = useFormContext();
  // Not deferred: generating is fast (well under a millisecond), and a deferred value would commit
  // the preview only in a later task, often after the next frame (bench/: keystroke → commit).
  const answers = useWatch() as Answers;
  const text = useMemo(
    () => generateAsaConfig(masked ? maskSecrets(answers) : answers),
    [answers, masked],
  );
  const actions = useCopyDownload({
    copyText: () => generateAsaConfig(getValues() as Answers),
    fileName: ASA_FILE_NAME,
    mimeType: 'text/plain',
    needsConfirmation: places.length > 0,
  });
  const lineCount = text.replace(/\n$/, '').split('\n').length;
  return (
    <div className="tab-content">
      <div className="tab-toolbar">
        <OutputActions actions={actions} what={msg('preview.what.configuration')} places={places} />
        <span className="tab-meta">{t(msg('preview.asa.lineCount', { count: lineCount }))}</span>
      </div>
      <CliView text={text} label={t(msg('preview.asa.region'))} />
    </div>
  );
}
