/**
 * Writes the draft to localStorage shortly after each change (debounced), immediately for
 * consent changes, and on pagehide so a reload never loses the last keystrokes.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Answers, StepId } from '../domain/answers';
import { browserStorage } from './boot-state';
import { clearDraft, saveDraft } from './draft-storage';

const SAVE_DELAY_MS = 300;

interface Progress {
  visited: ReadonlySet<StepId>;
  rememberSecrets: boolean;
}

export function useDraftWriter(
  getAnswers: () => Answers,
  initial: Progress & { pristine: boolean },
) {
  const progress = useRef<Progress>(initial);
  const timer = useRef<number | undefined>(undefined);
  // Nothing is written until the user does something: a visit alone, or Start over, leaves no draft.
  const pristine = useRef(initial.pristine);

  const saveNow = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    if (pristine.current) return;
    saveDraft(browserStorage(), {
      answers: getAnswers(),
      rememberSecrets: progress.current.rememberSecrets,
      visited: [...progress.current.visited],
    });
  }, [getAnswers]);

  useEffect(() => {
    const flush = () => {
      if (timer.current !== undefined) saveNow();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [saveNow]);

  return useMemo(
    () => ({
      saveNow,
      /** Something the user did changed the answers: save soon. */
      changed: () => {
        pristine.current = false;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(saveNow, SAVE_DELAY_MS);
      },
      /** Progress or consent changed (part of the draft, but not by itself a reason to create one). */
      setProgress: (next: Progress) => {
        progress.current = next;
        if (pristine.current) return;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(saveNow, SAVE_DELAY_MS);
      },
      /** Start over: forget the stored draft and write nothing until the next change. */
      wipe: () => {
        window.clearTimeout(timer.current);
        timer.current = undefined;
        pristine.current = true;
        progress.current = { visited: new Set(), rememberSecrets: false };
        clearDraft(browserStorage());
      },
    }),
    [saveNow],
  );
}
