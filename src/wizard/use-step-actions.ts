/**
 * Next, Back and Finish, all derived from the registry. Next validates the current step with the
 * values entered so far: its schema (react-hook-form + zodResolver, for the field states) and
 * validateAnswers (for cross-step rules tagged to this step, e.g. CHAP with the local database).
 */
import { useCallback, useRef, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { Answers, AnswerStepId } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { errorsOf, validateAnswers } from '../domain/validate';
import { useIssuesStore } from '../ui/issues-context';
import { nextStep, previousStep, type WizardStep } from './step-registry';

export type FinishReport = { ok: true } | { ok: false; errors: ValidationIssue[] };

/** Moves focus to the first invalid control of the step (or its problem list) after React commits. */
function focusFirstProblem() {
  requestAnimationFrame(() => {
    const pane = document.querySelector('.step-pane');
    const invalid = pane?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const control = invalid?.matches('input, select, textarea')
      ? invalid
      : invalid?.querySelector<HTMLElement>('input:not([disabled]), select, textarea');
    (control ?? pane?.querySelector<HTMLElement>('.step-issues'))?.focus();
  });
}

export function useStepActions(current: WizardStep | undefined) {
  const { getValues, trigger } = useFormContext();
  const store = useIssuesStore();
  const navigate = useNavigate();
  const guard = useRef<(() => boolean) | null>(null);
  const [finishReport, setFinishReport] = useState<FinishReport | null>(null);

  const setLeaveGuard = useCallback((next: (() => boolean) | null) => {
    guard.current = next;
  }, []);

  /** Asks the current step's leave guard (e.g. user fields typed but not added) whether to go. */
  const mayLeave = useCallback(() => !guard.current || guard.current(), []);

  const next = useCallback(async () => {
    if (!current || current.id === 'summary') return;
    if (!mayLeave()) return;
    const id: AnswerStepId = current.id;
    await trigger(id);
    const values = getValues() as Answers;
    const issues = validateAnswers(values);
    store.setIssues(issues);
    store.reveal(id);
    if (issues.some((issue) => issue.step === id && issue.severity === 'error')) {
      focusFirstProblem();
      return;
    }
    const target = nextStep(current.number - 1, values);
    if (target) navigate(target.path);
  }, [current, getValues, mayLeave, navigate, store, trigger]);

  const back = useCallback(() => {
    if (!current || !mayLeave()) return;
    const target = previousStep(current.number - 1, getValues() as Answers);
    if (target) navigate(target.path);
  }, [current, getValues, mayLeave, navigate]);

  const finish = useCallback(() => {
    const values = getValues() as Answers;
    const issues = validateAnswers(values);
    store.setIssues(issues);
    const errors = errorsOf(issues);
    for (const step of new Set(errors.map((issue) => issue.step))) store.reveal(step);
    setFinishReport(errors.length > 0 ? { ok: false, errors } : { ok: true });
  }, [getValues, store]);

  return { next, back, finish, finishReport, setFinishReport, setLeaveGuard, mayLeave };
}
