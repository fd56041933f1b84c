/**
 * Copy and Download for a preview tab. Both always use the real text (secrets included, whatever
 * the mask shows) computed from the answers at the moment of the click. While any answer is
 * invalid they first ask for confirmation through an in-page dialog.
 */
import { useEffect, useState } from 'react';
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

export function useCopyDownload(options: Options) {
  const { copyText, fileText = copyText, fileName, mimeType, needsConfirmation } = options;
  const [status, setStatus] = useState('');
  const [pending, setPending] = useState<Action | null>(null);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  async function run(action: Action) {
    if (action === 'download') {
      downloadText(fileName, fileText(), mimeType);
      setStatus(`Downloaded ${fileName}`);
      return;
    }
    try {
      await navigator.clipboard.writeText(copyText());
      setStatus('Copied');
    } catch {
      setStatus('Copy failed: the browser blocked the clipboard. Select the text and copy it.');
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
