/** The Copy / Download buttons of a preview tab, their status text and the confirmation dialog. */
import { ConfirmDialog } from '../ui/confirm-dialog';
import type { useCopyDownload } from './use-copy-download';
import { placeText, type ErrorPlace } from './use-error-steps';

interface Props {
  actions: ReturnType<typeof useCopyDownload>;
  what: string;
  places: readonly ErrorPlace[];
}

/**
 * The question asked before copying or downloading while answers have errors. Exported on its own
 * for tabs with more than one export (the Client setup tab), each with its own buttons.
 */
export function OutputConfirmDialog({ actions, what, places }: Props) {
  const where = places.map(placeText).join(', ');
  return (
    <ConfirmDialog
      open={actions.pending !== null}
      title="The answers still have errors"
      confirmLabel={actions.pending === 'copy' ? 'Copy anyway' : 'Download anyway'}
      cancelLabel="Not now"
      onConfirm={actions.confirm}
      onCancel={actions.cancel}
    >
      <p>
        There are errors in {where}. The {what} may be incomplete or rejected. Do you want it
        anyway?
      </p>
    </ConfirmDialog>
  );
}

export function OutputActions({ actions, what, places }: Props) {
  return (
    <div className="output-actions">
      <button type="button" className="btn btn--small" onClick={actions.copy}>
        Copy
      </button>
      <button type="button" className="btn btn--small" onClick={actions.download}>
        Download
      </button>
      <span role="status" className="status-text">
        {actions.status}
      </span>
      <OutputConfirmDialog actions={actions} what={what} places={places} />
    </div>
  );
}
