/**
 * Secret handling for everything that leaves the form: the masked preview (screen sharing), drafts
 * and answers files without secrets. Driven by SECRET_FIELDS, so a new secret field in the model
 * is covered everywhere at once.
 */
import type { Answers } from './answers';
import { SECRET_FIELDS } from './labels';

/** What a masked secret looks like in the preview: a valid-looking token that is obviously not real. */
export const SECRET_MASK = '********';

type Replace = (value: string) => string;

function walk(node: unknown, keys: readonly string[], replace: Replace): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, keys, replace);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const [key, ...rest] = keys;
  if (key === undefined) return;
  const record = node as Record<string, unknown>;
  if (rest.length > 0) walk(record[key], rest, replace);
  else if (typeof record[key] === 'string') record[key] = replace(record[key]);
}

/** A copy of the answers with every secret value passed through `replace`. */
export function mapSecrets(answers: Answers, replace: Replace): Answers {
  const copy = structuredClone(answers);
  for (const path of SECRET_FIELDS) walk(copy, path.split('.'), replace);
  return copy;
}

/** Secrets shown as SECRET_MASK; empty secrets stay empty so "missing" still looks missing. */
export const maskSecrets = (answers: Answers) =>
  mapSecrets(answers, (value) => (value === '' ? '' : SECRET_MASK));

/** Secrets removed (empty), for drafts and files saved without secrets. */
export const stripSecrets = (answers: Answers) => mapSecrets(answers, () => '');

/** Every non-empty secret value, e.g. to check that none leaked into a text. */
export function secretValues(answers: Answers): string[] {
  const found: string[] = [];
  mapSecrets(answers, (value) => {
    if (value !== '') found.push(value);
    return value;
  });
  return found;
}
