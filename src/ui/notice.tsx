/** A dismissible banner for events the user should know about (draft discarded, file opened, ...). */
import type { ReactNode } from 'react';
import { msg } from '../i18n/catalogue';
import { useT } from './i18n';

export type NoticeTone = 'info' | 'success' | 'warning' | 'error';

interface Props {
  tone: NoticeTone;
  children: ReactNode;
  onDismiss?: () => void;
}

export function Notice({ tone, children, onDismiss }: Props) {
  const t = useT();
  return (
    <div className={`notice notice--${tone}`}>
      <div className="notice-body">{children}</div>
      {onDismiss ? (
        <button type="button" className="btn btn--small btn--quiet" onClick={onDismiss}>
          {t(msg('chrome.notice.dismiss'))}
        </button>
      ) : null}
    </div>
  );
}
