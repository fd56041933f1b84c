/** The steps that currently have errors (from the wizard's issues store), in wizard order. */
import { useMemo } from 'react';
import { STEPS, stepTitle, type StepId } from '../domain/answers';
import { msg, type Msg, type Param } from '../i18n/catalogue';
import { useIssuesSelection } from '../ui/issues-context';

/** Where errors are fixed: a wizard step, or the Client setup tab for the handout options. */
export type ErrorPlace =
  | { kind: 'step'; id: StepId; label: Msg; number: number }
  | { kind: 'client-tab'; id: 'clientOptions'; label: Msg };

/** "step 4 (VPN Client Authentication …)" or "the Client setup tab", for sentences. */
export const placeMsg = (place: ErrorPlace): Msg =>
  place.kind === 'step'
    ? msg('preview.place.step', { number: place.number, title: place.label })
    : msg('preview.place.tab', { tab: place.label });

/**
 * A list of places as one message of messages: "A, B and C" (style 'and', the banner) or
 * "A, B, C" (style 'commas', the confirmation). Each language joins the parts its own way.
 */
export function placesList(items: readonly Param[], style: 'and' | 'commas'): Param {
  const [first, ...rest] = items;
  if (first === undefined) return '';
  const [second] = rest;
  if (second === undefined) return first;
  if (rest.length === 1 && style === 'and')
    return msg('preview.places.pair', { first, last: second });
  return msg('preview.places.series', { first, rest: placesList(rest, style) });
}

/** The places for a set of step ids with errors, in wizard order, the Client setup tab last. */
export function errorPlaces(withErrors: Iterable<string>): ErrorPlace[] {
  const ids = new Set<string>(withErrors);
  const places: ErrorPlace[] = STEPS.flatMap((step, index) =>
    ids.has(step.id)
      ? [{ kind: 'step', id: step.id, label: stepTitle(step.id), number: index + 1 }]
      : [],
  );
  if (ids.has('clientOptions'))
    places.push({ kind: 'client-tab', id: 'clientOptions', label: msg('preview.tab.client') });
  return places;
}

export function useErrorPlaces(): ErrorPlace[] {
  const withErrors = useIssuesSelection((state) => [
    ...new Set(state.issues.filter((issue) => issue.severity === 'error').map((i) => i.step)),
  ]);
  return useMemo(() => errorPlaces(withErrors), [withErrors]);
}
