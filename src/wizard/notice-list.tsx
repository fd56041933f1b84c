/** The wizard's current notices (draft restored or discarded, file opened, ...), each dismissible. */
import { Notice } from '../ui/notice';
import { useWizard } from './wizard-context';

export function NoticeList() {
  const { notices, dismissNotice } = useWizard();
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((item) => (
        <Notice key={item.id} tone={item.tone} onDismiss={() => dismissNotice(item.id)}>
          <p>{item.text}</p>
          {item.details ? (
            <ul>
              {item.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
        </Notice>
      ))}
    </div>
  );
}
