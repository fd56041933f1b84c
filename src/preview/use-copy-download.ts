/**
 * Copy and Download for a preview tab. Both always use the real text (secrets included, whatever
 * the mask shows) computed from the answers at the moment of the click. While any answer is
 * invalid they first ask for confirmation through an in-page dialog.
 */
import { useEffect, useState } from 'react';
import { msg, type Msg } from '../i18n/catalogue';
import { downloadText } from './download';

type Action = 'copy' | 'download';

interface Options {
  /** The text Copy puts on the clipboard, computed at click time. */
  copyText: () => string;
  /** The file content Download saves (defaults to the copied text). */
  fileText?: () => string;
  fileName: string;
  mimeType: string;
  needsConfirmation: boolean;
}

const STATUS_MS = 5000;

/** Two status messages shown in one status line ("Copied · Downloaded …"), or the one there is. */
export function statusOf(first: Msg | null, second: Msg | null): Msg | null {
  if (first && second) return msg('preview.status.pair', { first, second });
  return first ?? second;
}

export function useCopyDownload(options: Options) {
  const { copyText, fileText = copyText, fileName, mimeType, needsConfirmation } = options;
  // A message, not text: a language switch while it shows re-renders it in the new language.
  const [status, setStatus] = useState<Msg | null>(null);
  const [pending, setPending] = useState<Action | null>(null);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function run(action: Action) {
    if (action === 'download') {
      downloadText(fileName, fileText(), mimeType);
      setStatus(msg('preview.status.downloaded', { fileName }));
      return;
    }
    try {
      await navigator.clipboard.writeText(copyText());
      setStatus(msg('preview.status.copied'));
    } catch {
      setStatus(msg('preview.status.copyFailed'));
    }
  }

  const request = (action: Action) => {
    if (needsConfirmation) setPending(action);
    else void run(action);
  };

  return {
    status,
    pending,
    copy: () => request('copy'),
    download: () => request('download'),
    confirm: () => {
      const action = pending;
      setPending(null);
      if (action) void run(action);
    },
    cancel: () => setPending(null),
  };
}
