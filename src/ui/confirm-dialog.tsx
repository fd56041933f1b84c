/**
 * An accessible in-page confirmation (a modal <dialog>): focus moves into it, Escape cancels, and
 * focus returns to what had it. Used instead of window.confirm so keyboard users and tests can
 * drive it like any other part of the page.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { Msg } from '../i18n/catalogue';
import { useT } from './i18n';

interface Props {
  open: boolean;
  title: Msg | string;
  children: ReactNode;
  confirmLabel: Msg | string;
  cancelLabel: Msg | string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Destructive actions start on the safe button. */
  destructive?: boolean;
}

export function ConfirmDialog(props: Props) {
  const { open, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, destructive } =
    props;
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement as HTMLElement | null;
      dialog.showModal();
      (destructive ? cancelButton : confirmButton).current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
      returnFocus.current?.focus();
    }
  }, [open, destructive]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {t(title)}
      </h2>
      <div id={bodyId} className="dialog-body">
        {children}
      </div>
      <div className="dialog-actions">
        <button
          ref={confirmButton}
          type="button"
          className={destructive ? 'btn btn--danger' : 'btn btn--primary'}
          onClick={onConfirm}
        >
          {t(confirmLabel)}
        </button>
        <button ref={cancelButton} type="button" className="btn" onClick={onCancel}>
          {t(cancelLabel)}
        </button>
      </div>
    </dialog>
  );
}
