/**
 * One route = one step. Before showing a step it checks the steps before it: a deep link (or a
 * step-list click) past a step with errors lands on that step, with the reason shown. Focus moves
 * to the step heading on every step change, so keyboard and screen-reader users start at the top.
 */
import { Suspense, useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { Navigate, useLocation, useOutletContext } from 'react-router';
import { stepTitle, type Answers, type StepId } from '../domain/answers';
import { validateAnswers } from '../domain/validate';
import { msg } from '../i18n/catalogue';
import { releaseSnapshot } from '../snapshot';
import { useT } from '../ui/i18n';
import { useIssuesStore } from '../ui/issues-context';
import { Notice } from '../ui/notice';
import type { StepProps } from '../ui/step-props';
import {
  FIRST_STEP_PATH,
  nextStep,
  routeOf,
  STEP_REGISTRY,
  stepById,
  type WizardStep,
} from './step-registry';
import { StepIssues } from './step-issues';
import { useWizard } from './wizard-context';

export interface OutletContext {
  setLeaveGuard: StepProps['setLeaveGuard'];
  /** Called when a step is actually displayed (not when its route only redirected). */
  onShown: (id: StepId) => void;
  /** Notices and the help panel, shown right under the step heading. */
  belowHeading: ReactNode;
}

interface BlockedState {
  blockedFrom?: number;
}

// The first step shown after page load keeps the browser's initial focus; later ones take it.
let firstStepShown = false;

const numberOf = (id: StepId) => stepById(id).number;

export function StepPage({ step }: { step: WizardStep }) {
  const { getValues } = useFormContext();
  const values = getValues() as Answers;
  const index = step.number - 1;

  if (step.isSkipped(values)) {
    const next = nextStep(index, values);
    return <Navigate replace to={next?.path ?? FIRST_STEP_PATH} />;
  }
  const issues = validateAnswers(values);
  const blocker = STEP_REGISTRY.slice(0, index).find(
    (earlier) =>
      !earlier.isSkipped(values) &&
      issues.some((issue) => issue.step === earlier.id && issue.severity === 'error'),
  );
  if (blocker) {
    return <Navigate replace to={blocker.path} state={{ blockedFrom: step.number }} />;
  }
  return <StepView step={step} />;
}

function StepView({ step }: { step: WizardStep }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const location = useLocation();
  const blockedFrom = (location.state as BlockedState | null)?.blockedFrom;
  const store = useIssuesStore();
  const { setLeaveGuard, onShown, belowHeading } = useOutletContext<OutletContext>();
  const { replaceAnswers } = useWizard();
  const t = useT();
  const blockedStep = blockedFrom !== undefined ? STEP_REGISTRY[blockedFrom - 1] : undefined;

  useEffect(() => {
    if (firstStepShown) heading.current?.focus();
    firstStepShown = true;
  }, []);

  useEffect(() => onShown(step.id), [onShown, step.id]);

  useEffect(() => {
    if (blockedFrom !== undefined && step.id !== 'summary') store.reveal(step.id);
  }, [blockedFrom, step.id, store]);

  const { Component } = step;
  return (
    <>
      <h2 ref={heading} tabIndex={-1} className="step-heading" id="step-heading">
        {t(
          msg('chrome.step.heading', {
            number: step.number,
            total: STEP_REGISTRY.length,
            title: stepTitle(step.id),
          }),
        )}
      </h2>
      {belowHeading}
      {blockedFrom !== undefined ? (
        <div role="alert">
          <Notice tone="error">
            {t(
              msg('chrome.step.blocked', {
                target: blockedFrom,
                title: blockedStep ? stepTitle(blockedStep.id) : '',
                number: step.number,
              }),
            )}
          </Notice>
        </div>
      ) : null}
      {step.id !== 'summary' ? <StepIssues step={step.id} /> : null}
      <Suspense fallback={<p className="loading">{t(msg('chrome.step.loading'))}</p>}>
        <Component
          routeOf={routeOf}
          numberOf={numberOf}
          setLeaveGuard={setLeaveGuard}
          replaceAnswers={replaceAnswers}
        />
        <SnapshotRelease />
      </Suspense>
    </>
  );
}

/**
 * Hydration of the build-time snapshot (src/snapshot.ts) reaches the step's fields last (they are
 * inside this Suspense boundary): only then is the page usable, so only then is it released.
 */
function SnapshotRelease() {
  useLayoutEffect(releaseSnapshot, []);
  return null;
}
