/**
 * The left step list ("Steps"): every step numbered, the current one marked with
 * aria-current="step", completed / needs-input / skipped steps marked with an icon and a text
 * that screen readers read as part of the link.
 */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useWatch } from 'react-hook-form';
import { Link } from 'react-router';
import { stepTitle, type StepId } from '../domain/answers';
import type { SkipInputs } from '../domain/skipped-steps';
import { msg, type Msg } from '../i18n/catalogue';
import { useT } from '../ui/i18n';
import { useIssuesSelection } from '../ui/issues-context';
import { VisuallyHidden } from '../ui/visually-hidden';
import { STEP_REGISTRY, type WizardStep } from './step-registry';
import { stepState, type StepState } from './step-status';
import { useWizard } from './wizard-context';

const ICONS: Record<StepState, Msg | string> = {
  complete: '✓',
  invalid: '!',
  skipped: msg('chrome.steps.state.skipped'),
  pending: '',
};

/** What screen readers hear after the step's title, e.g. "(completed)". */
const STATE_TEXT: Record<StepState, Msg | null> = {
  complete: msg('chrome.steps.state.complete'),
  invalid: msg('chrome.steps.state.invalid'),
  skipped: msg('chrome.steps.state.skipped'),
  pending: null,
};

/** Steps with errors and steps whose errors were revealed. */
function useIssueSteps(): { withErrors: Set<StepId>; revealed: Set<StepId> } {
  const { withErrors, revealed } = useIssuesSelection((state) => ({
    withErrors: [
      ...new Set(state.issues.filter((i) => i.severity === 'error').map((i) => i.step)),
    ].sort(),
    revealed: [...state.revealed].sort(),
  }));
  return useMemo(
    () => ({ withErrors: new Set(withErrors), revealed: new Set<StepId>(revealed) }),
    [withErrors, revealed],
  );
}

interface ItemProps {
  step: WizardStep;
  state: StepState;
  isCurrent: boolean;
}

/**
 * One entry of the list. Memoized: validation runs after every change, and only the entries whose
 * mark changed should re-render (a link is not a cheap component).
 */
const StepNavItem = memo(function StepNavItem({ step, state, isCurrent }: ItemProps) {
  const t = useT();
  const stateText = STATE_TEXT[state];
  const body = (
    <>
      <span className="step-num" aria-hidden="true">
        {step.number}
      </span>
      <span className="step-title">
        <VisuallyHidden>{step.number}. </VisuallyHidden>
        {t(stepTitle(step.id))}
      </span>
      <span className="step-mark" aria-hidden="true">
        {t(ICONS[state])}
      </span>
      {stateText ? <VisuallyHidden> ({t(stateText)})</VisuallyHidden> : null}
    </>
  );
  return (
    <li className={`step-item step-item--${state}${isCurrent ? ' step-item--current' : ''}`}>
      {state === 'skipped' ? (
        <span className="step-link">{body}</span>
      ) : (
        <Link to={step.path} className="step-link" aria-current={isCurrent ? 'step' : undefined}>
          {body}
        </Link>
      )}
    </li>
  );
});

export function StepNav({ current }: { current: WizardStep | undefined }) {
  const { visited } = useWizard();
  const userDatabase = useWatch({
    name: 'clientAuthentication.userDatabase',
  }) as SkipInputs['clientAuthentication']['userDatabase'];
  const { withErrors, revealed } = useIssueSteps();
  const seen = new Set<StepId>([...visited, ...revealed]);
  const skipInputs: SkipInputs = { clientAuthentication: { userDatabase } };
  const list = useRef<HTMLOListElement>(null);
  const t = useT();

  // On narrow screens the list scrolls sideways: keep the current step in view (without moving
  // the page, which scrollIntoView would do).
  useEffect(() => {
    const container = list.current;
    const item = container?.querySelector<HTMLElement>('.step-item--current');
    if (!container || !item || container.scrollWidth <= container.clientWidth) return;
    container.scrollLeft = item.offsetLeft - (container.clientWidth - item.offsetWidth) / 2;
  }, [current?.id]);

  return (
    <nav className="step-nav" aria-labelledby="step-nav-title">
      <h2 id="step-nav-title" className="pane-title">
        {t(msg('chrome.steps.title'))}
      </h2>
      <ol ref={list} className="step-list">
        {STEP_REGISTRY.map((step) => (
          <StepNavItem
            key={step.id}
            step={step}
            isCurrent={step.id === current?.id}
            state={stepState(step.id, {
              seen,
              withErrors,
              skipped: step.isSkipped(skipInputs),
            })}
          />
        ))}
      </ol>
    </nav>
  );
}
