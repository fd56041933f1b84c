/** The steps that currently have errors (from the wizard's issues store), in wizard order. */
import { STEPS, type StepId } from '../domain/answers';
import { useIssuesSelection } from '../ui/issues-context';

export interface ErrorPlace {
  /** A wizard step, or 'clientOptions' for the client tab's own fields. */
  id: StepId | 'clientOptions';
  label: string;
  number: number | null;
}

export function useErrorPlaces(): ErrorPlace[] {
  const withErrors = useIssuesSelection((state) => [
    ...new Set(state.issues.filter((issue) => issue.severity === 'error').map((i) => i.step)),
  ]);
  const ids = new Set<string>(withErrors);
  const places: ErrorPlace[] = STEPS.flatMap((step, index) =>
    ids.has(step.id) ? [{ id: step.id, label: step.title, number: index + 1 }] : [],
  );
  if (ids.has('clientOptions'))
    places.push({ id: 'clientOptions', label: 'Client setup', number: null });
  return places;
}
