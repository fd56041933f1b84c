/** The mark each step gets in the step list, derived from progress, issues and skip rules. */
import type { StepId } from '../domain/answers';

export type StepState = 'complete' | 'invalid' | 'skipped' | 'pending';

interface Inputs {
  /** Steps the user has left at least once, or whose errors were revealed. */
  seen: ReadonlySet<StepId>;
  /** Steps with at least one error. */
  withErrors: ReadonlySet<StepId>;
  skipped: boolean;
}

export function stepState(id: StepId, { seen, withErrors, skipped }: Inputs): StepState {
  if (skipped) return 'skipped';
  if (!seen.has(id)) return 'pending';
  if (withErrors.has(id)) return 'invalid';
  return id === 'summary' ? 'pending' : 'complete';
}
