/** React access to the IssuesStore: the provider lives in the wizard, fields and summaries read it. */
import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { AnswerStepId } from '../domain/answers';
import type { ValidationIssue } from '../domain/issues';
import { isUnder, type IssuesStore } from './issues-store';

export const IssuesContext = createContext<IssuesStore | null>(null);

export function useIssuesStore(): IssuesStore {
  const store = useContext(IssuesContext);
  if (!store) throw new Error('useIssuesStore needs an IssuesContext provider');
  return store;
}

export interface FieldIssues {
  errors: string[];
  warnings: string[];
  /** The field's step has been revealed (its errors show even if the field was not touched). */
  revealed: boolean;
}

const unique = (items: string[]) => [...new Set(items)];

/**
 * The messages of one field (or, with `group`, of everything under its path). The snapshot is a
 * string so that React compares it by value and re-renders the field only when its messages change.
 */
export function useFieldIssues(path: string, group = false): FieldIssues {
  const store = useIssuesStore();
  const step = path.split('.')[0] as AnswerStepId;
  const snapshot = () => {
    const state = store.getState();
    const mine = state.issues.filter((i) => (group ? isUnder(i.field, path) : i.field === path));
    return JSON.stringify([
      state.revealed.has(step),
      unique(mine.filter((i) => i.severity === 'error').map((i) => i.message)),
      unique(mine.filter((i) => i.severity === 'warning').map((i) => i.message)),
    ]);
  };
  // The same snapshot on the server: the build renders step 1 to static HTML (src/prerender.tsx).
  const key = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  return useMemo(() => {
    const [revealed, errors, warnings] = JSON.parse(key) as [boolean, string[], string[]];
    return { revealed, errors, warnings };
  }, [key]);
}

/** Issues of a step that no rendered field shows (so the step can list them itself). */
export function useUnclaimedIssues(step: AnswerStepId): {
  revealed: boolean;
  issues: ValidationIssue[];
} {
  const store = useIssuesStore();
  const snapshot = () => {
    const state = store.getState();
    const issues = state.issues.filter((i) => i.step === step && !store.isClaimed(i.field));
    return JSON.stringify([state.revealed.has(step), issues]);
  };
  const key = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  return useMemo(() => {
    const [revealed, issues] = JSON.parse(key) as [boolean, ValidationIssue[]];
    return { revealed, issues };
  }, [key]);
}
