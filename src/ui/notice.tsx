/** A dismissible banner for events the user should know about (draft discarded, file opened, ...). */
import type { ReactNode } from 'react';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

interface Props {
  tone: NoticeTone;
  children: ReactNode;
  onDismiss?: () => void;
}

export function Notice({ tone, children, onDismiss }: Props) {
  return (
    <div className={`notice notice--${tone}`}>
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="btn btn--small btn--quiet" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
