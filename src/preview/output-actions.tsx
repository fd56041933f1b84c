/** The Copy / Download buttons of a preview tab, their status text and the confirmation dialog. */
import { msg, type Msg } from '../i18n/catalogue';
import { ConfirmDialog } from '../ui/confirm-dialog';
import { useT } from '../ui/i18n';
import type { useCopyDownload } from './use-copy-download';
import { placeMsg, placesList, type ErrorPlace } from './use-error-steps';

interface Props {
  actions: ReturnType<typeof useCopyDownload>;
  /** What is copied or downloaded, for the question: msg('preview.what.configuration')… */
  what: Msg;
  places: readonly ErrorPlace[];
}

/** The confirmation's question: "There are errors in step 4 (…), step 7 (…). The … anyway?" */
export const confirmText = (places: readonly ErrorPlace[], what: Msg): Msg =>
  msg('preview.confirm.text', { places: placesList(places.map(placeMsg), 'commas'), what });

/** A status line (role="status") showing a message, or nothing. */
export function StatusText({ status }: { status: Msg | null }) {
  const t = useT();
  return (
    <span role="status" className="status-text">
      {status ? t(status) : ''}
    </span>
  );
}

/**
 * The question asked before copying or downloading while answers have errors. Exported on its own
 * for tabs with more than one export (the Client setup tab), each with its own buttons.
 */
export function OutputConfirmDialog({ actions, what, places }: Props) {
  const t = useT();
  return (
    <ConfirmDialog
      open={actions.pending !== null}
      title={t(msg('preview.confirm.title'))}
      confirmLabel={t(
        msg(
          actions.pending === 'copy'
            ? 'preview.confirm.copyAnyway'
            : 'preview.confirm.downloadAnyway',
        ),
      )}
      cancelLabel={t(msg('preview.confirm.notNow'))}
      onConfirm={actions.confirm}
      onCancel={actions.cancel}
    >
      <p>{t(confirmText(places, what))}</p>
    </ConfirmDialog>
  );
}

export function OutputActions({ actions, what, places }: Props) {
  const t = useT();
  return (
    <div className="output-actions">
      <button type="button" className="btn btn--small" onClick={actions.copy}>
        {t(msg('preview.action.copy'))}
      </button>
      <button type="button" className="btn btn--small" onClick={actions.download}>
        {t(msg('preview.action.download'))}
      </button>
      <StatusText status={actions.status} />
      <OutputConfirmDialog actions={actions} what={what} places={places} />
    </div>
  );
}
