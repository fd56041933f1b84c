/**
 * Owns the wizard's state: ONE react-hook-form form for all steps (shouldUnregister: false, so
 * values survive leaving a step), the issues store fed by validateAnswers on every change, the
 * progress and notices, and the draft in localStorage (secrets only with the user's consent).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { STEPS, type Answers, type StepId } from '../domain/answers';
import { defaultAnswers } from '../domain/defaults';
import { answersSchema } from '../domain/schema';
import { validateAnswers } from '../domain/validate';
import { msg, type Msg } from '../i18n/catalogue';
import { IssuesContext } from '../ui/issues-context';
import { IssuesStore } from '../ui/issues-store';
import { clearUserEntry } from '../ui/user-entry';
import type { NoticeTone } from '../ui/notice';
import { bootState, notice } from './boot-state';
import { useDraftWriter } from './use-draft-writer';
import { useSoonValidation } from './use-soon-validation';
import { WizardContext, type NoticeItem, type WizardContextValue } from './wizard-context';

const ANSWER_STEP_IDS = STEPS.map((step) => step.id).filter((id) => id !== 'summary');

/** The same notice text: the same message with the same parameters (or the same plain text). */
const sameText = (a: Msg | string, b: Msg | string) => JSON.stringify(a) === JSON.stringify(b);

export function WizardProvider({ children }: { children: ReactNode }) {
  const [initial] = useState(bootState);
  const form = useForm({
    resolver: zodResolver(answersSchema),
    defaultValues: initial.answers,
    mode: 'onTouched',
    shouldUnregister: false,
  });
  const [store] = useState(() => new IssuesStore());
  const [visited, setVisited] = useState<ReadonlySet<StepId>>(initial.visited);
  const [notices, setNotices] = useState<readonly NoticeItem[]>(initial.notices);
  const [rememberSecrets, setRememberSecrets] = useState(initial.rememberSecrets);
  const getAnswers = useCallback(() => form.getValues() as Answers, [form]);
  const draft = useDraftWriter(getAnswers, initial);
  const validation = useSoonValidation(store, getAnswers);

  // Every change of any answer: revalidate everything (cross-step rules; right away, or when
  // typing pauses, see use-soon-validation.ts) and save the draft.
  useEffect(() => {
    store.setIssues(validateAnswers(getAnswers()));
    return form.subscribe({
      formState: { values: true },
      callback: () => {
        validation.schedule();
        draft.changed();
      },
    });
  }, [form, store, draft, getAnswers, validation]);

  useEffect(
    () => draft.setProgress({ visited, rememberSecrets }),
    [draft, visited, rememberSecrets],
  );

  const markVisited = useCallback((id: StepId) => {
    setVisited((current) => (current.has(id) ? current : new Set([...current, id])));
  }, []);

  const dismissNotices = useCallback((tone: NoticeTone) => {
    setNotices((current) =>
      current.some((n) => n.tone === tone) ? current.filter((n) => n.tone !== tone) : current,
    );
  }, []);

  const value = useMemo<WizardContextValue>(
    () => ({
      visited,
      markVisited,
      notices,
      pushNotice: (tone, text, details) =>
        setNotices((current) => [
          ...current.filter((n) => !sameText(n.text, text)),
          notice(tone, text, details),
        ]),
      dismissNotice: (id) => setNotices((current) => current.filter((n) => n.id !== id)),
      dismissNotices,
      rememberSecrets,
      setRememberSecrets: (remember) => {
        setRememberSecrets(remember);
        // Consent changes are written at once: unticking must remove stored secrets now.
        draft.setProgress({ visited, rememberSecrets: remember });
        draft.changed();
        draft.saveNow();
      },
      replaceAnswers: (answers, text, tone = 'success') => {
        form.reset(answers);
        store.resetRevealed();
        store.setIssues(validateAnswers(answers));
        // Every step now holds the loaded values: mark each as complete or needing input.
        setVisited(new Set(ANSWER_STEP_IDS));
        setNotices([notice(tone, text)]);
        draft.changed();
        draft.saveNow();
      },
      startOver: () => {
        form.reset(defaultAnswers());
        clearUserEntry();
        draft.wipe();
        store.resetRevealed();
        store.setIssues(validateAnswers(defaultAnswers()));
        setVisited(new Set());
        setRememberSecrets(false);
        setNotices([notice('info', msg('chrome.notice.startedOver'))]);
      },
    }),
    [visited, markVisited, notices, dismissNotices, rememberSecrets, form, store, draft],
  );

  return (
    <FormProvider {...form}>
      <IssuesContext.Provider value={store}>
        <WizardContext.Provider value={value}>{children}</WizardContext.Provider>
      </IssuesContext.Provider>
    </FormProvider>
  );
}
