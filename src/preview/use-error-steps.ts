/** The steps that currently have errors (from the wizard's issues store), in wizard order. */
import { STEPS, type StepId } from '../domain/answers';
import { useIssuesSelection } from '../ui/issues-context';

/** Where errors are fixed: a wizard step, or the Client setup tab for the handout options. */
export type ErrorPlace =
  | { kind: 'step'; id: StepId; label: string; number: number }
  | { kind: 'client-tab'; id: 'clientOptions'; label: string };

/** "step 4 (VPN Client Authentication …)" or "the Client setup tab", for sentences. */
export const placeText = (place: ErrorPlace): string =>
  place.kind === 'step' ? `step ${place.number} (${place.label})` : `the ${place.label} tab`;

export function useErrorPlaces(): ErrorPlace[] {
  const withErrors = useIssuesSelection((state) => [
    ...new Set(state.issues.filter((issue) => issue.severity === 'error').map((i) => i.step)),
  ]);
  const ids = new Set<string>(withErrors);
  const places: ErrorPlace[] = STEPS.flatMap((step, index) =>
    ids.has(step.id) ? [{ kind: 'step', id: step.id, label: step.title, number: index + 1 }] : [],
  );
  if (ids.has('clientOptions'))
    places.push({ kind: 'client-tab', id: 'clientOptions', label: 'Client setup' });
  return places;
}
