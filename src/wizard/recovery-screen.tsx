/**
 * What a render error shows instead of a blank page: what happened, the answers to take away
 * (never with their keys and passwords: the file may end up anywhere), and a clean start.
 */
import type { Answers } from '../domain/answers';
import { downloadText } from '../preview/download';
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
          The wizard stopped because of an error
        </h1>
        <p>
          Something in the wizard failed, so it cannot show the current step. Your answers are not
          lost yet:{' '}
          {answers
            ? 'download them, start over, then use "Open answers" to continue where you were.'
            : 'none could be recovered, but you can start over.'}
        </p>
        <p>Keys and passwords are never included in the download; you will enter them again.</p>
        <div className="recovery-actions">
          {answers ? (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() =>
                downloadText(ANSWERS_FILE_NAME, answersFileText(answers, false), 'application/json')
              }
            >
              Download answers (without secrets)
            </button>
          ) : null}
          <button type="button" className="btn" onClick={startOver}>
            Start over
          </button>
        </div>
        <details className="recovery-details">
          <summary>Technical details</summary>
          <p className="mono">{detail}</p>
        </details>
      </div>
    </main>
  );
}
