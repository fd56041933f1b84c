/** The steps that currently have errors (from the wizard's issues store), in wizard order. */
import { useSyncExternalStore } from 'react';
import { STEPS, type StepId } from '../domain/answers';
import { useIssuesStore } from '../ui/issues-context';

export interface ErrorPlace {
  /** A wizard step, or 'clientOptions' for the client tab's own fields. */
  id: StepId | 'clientOptions';
  label: string;
  number: number | null;
}

export function useErrorPlaces(): ErrorPlace[] {
  const store = useIssuesStore();
  const snapshot = () =>
    [
      ...new Set(
        store
          .getState()
          .issues.filter((issue) => issue.severity === 'error')
          .map((issue) => issue.step as string),
      ),
    ].join(',');
  // The same snapshot on the server: the build renders step 1 to static HTML (src/prerender.tsx).
  const key = useSyncExternalStore(store.subscribe, snapshot, snapshot);
  const ids = new Set(key.split(',').filter(Boolean));
  const places: ErrorPlace[] = STEPS.flatMap((step, index) =>
    ids.has(step.id) ? [{ id: step.id, label: step.title, number: index + 1 }] : [],
  );
  if (ids.has('clientOptions'))
    places.push({ id: 'clientOptions', label: 'Client setup', number: null });
  return places;
}
