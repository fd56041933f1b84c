/** React access to the IssuesStore: the provider lives in the wizard, fields and summaries read it. */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AnswerStepId } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import type { Msg } from '../i18n/catalogue';
import { isUnder, type IssuesState, type IssuesStore } from './issues-store';

export const IssuesContext = createContext<IssuesStore | null>(null);

export function useIssuesStore(): IssuesStore {
  const store = useContext(IssuesContext);
  if (!store) throw new Error('useIssuesStore needs an IssuesContext provider');
  return store;
}

/**
 * A value derived from the issues store that re-renders its component only when it changes: the
 * selection is compared as a JSON string (React compares snapshots by value), and the same snapshot
 * serves the build-time render of step 1 (src/prerender.tsx). `select` must return plain JSON data.
 */
export function useIssuesSelection<T>(select: (state: IssuesState, store: IssuesStore) => T): T {
  const store = useIssuesStore();
  const snapshot = () => JSON.stringify(select(store.getState(), store));
  const key = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  return useMemo(() => JSON.parse(key) as T, [key]);
}

export interface FieldIssues {
  errors: (Msg | string)[];
  warnings: (Msg | string)[];
  /** The field's step has been revealed (its errors show even if the field was not touched). */
  revealed: boolean;
}

/** Distinct messages, in order (two rules may say the same thing about one field). */
function unique(items: (Msg | string)[]): (Msg | string)[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The messages of one field (or, with `group`, of everything under its path). */
export function useFieldIssues(path: string, group = false): FieldIssues {
  const step = path.split('.')[0] as AnswerStepId;
  return useIssuesSelection((state) => {
    const mine = state.issues.filter((i) => (group ? isUnder(i.field, path) : i.field === path));
    return {
      revealed: state.revealed.has(step),
      errors: unique(mine.filter((i) => i.severity === 'error').map((i) => i.message)),
      warnings: unique(mine.filter((i) => i.severity === 'warning').map((i) => i.message)),
    };
  });
}

/** Issues of a step that no rendered field shows (so the step can list them itself). */
export function useUnclaimedIssues(step: AnswerStepId): {
  revealed: boolean;
  issues: ValidationIssue[];
} {
  return useIssuesSelection((state, store) => ({
    revealed: state.revealed.has(step),
    issues: state.issues.filter((i) => i.step === step && !store.isClaimed(i.field)),
  }));
}
