/**
 * What a render error shows instead of a blank page: what happened, the answers to take away
 * (never with their keys and passwords: the file may end up anywhere), and a clean start.
 */
import type { Answers } from '../domain/answers';
import { msg } from '../i18n/catalogue';
import { downloadText } from '../preview/download';
import { useT } from '../ui/i18n';
import { ANSWERS_FILE_NAME, answersFileText } from './answers-file';
import { browserStorage } from './boot-state';
import { clearDraft } from './draft-storage';
import { FIRST_STEP_PATH } from './step-registry';
import './recovery-screen.css';

interface Props {
  error: unknown;
  /** The answers to offer, or null when none could be recovered. */
  answers: Answers | null;
  /** Clears what the still-running wizard holds (so it cannot write its draft back on unload). */
  forget?: () => void;
}

export function RecoveryScreen({ error, answers, forget }: Props) {
  const t = useT();
  /** Start over: forget the draft, then reload so nothing of the failed page stays in memory. */
  const startOver = () => {
    forget?.();
    clearDraft(browserStorage());
    window.history.replaceState(null, '', `#${FIRST_STEP_PATH}`);
    window.location.reload();
  };
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery-card">
        <h1 id="recovery-title" className="recovery-title">
          {t(msg('chrome.recovery.title'))}
        </h1>
        <p>
          {t(answers ? msg('chrome.recovery.withAnswers') : msg('chrome.recovery.withoutAnswers'))}
        </p>
        <p>{t(msg('chrome.recovery.secrets'))}</p>
        <div className="recovery-actions">
          {answers ? (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() =>
                downloadText(ANSWERS_FILE_NAME, answersFileText(answers, false), 'application/json')
              }
            >
              {t(msg('chrome.recovery.download'))}
            </button>
          ) : null}
          <button type="button" className="btn" onClick={startOver}>
            {t(msg('chrome.startOver.confirm'))}
          </button>
        </div>
        <details className="recovery-details">
          <summary>{t(msg('chrome.recovery.details'))}</summary>
          <p className="mono">{detail}</p>
        </details>
      </div>
    </main>
  );
}
