/**
 * The wizard's current notices (draft restored or discarded, file opened, ...), each dismissible.
 * They hold messages, not text: a language switch re-renders the ones on screen.
 */
import { useT } from '../ui/i18n';
import { Notice } from '../ui/notice';
import { useWizard } from './wizard-context';

export function NoticeList() {
  const { notices, dismissNotice } = useWizard();
  const t = useT();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((item) => (
        <Notice key={item.id} tone={item.tone} onDismiss={() => dismissNotice(item.id)}>
          <p>{t(item.text)}</p>
          {item.details ? (
            <ul>
              {item.details.map((line) => (
                <li key={JSON.stringify(line)}>{t(line)}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ))}
    </div>
  );
}
