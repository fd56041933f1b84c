/**
 * Small builders that turn field checks into zod/mini schemas. Every message names the field by its
 * visible label (FIELD_LABELS), so the same text appears in the wizard, on the Summary and in the
 * command-line generator's `<field path>: <message>` output.
 */
import * as z from 'zod/mini';
import type { FieldCheck } from './field-checks';
import { FIELD_LABELS, type FieldPath } from './labels';

function typeError(label: string, expected: string) {
  return { error: () => `${label} must be ${expected}.` };
}

/** A text field validated by `check` (pass `() => null` for text checked elsewhere). */
export function textField(path: FieldPath, check: FieldCheck) {
  const label = FIELD_LABELS[path];
  return z.string(typeError(label, 'text')).check(
    z.superRefine((value, ctx) => {
      const message = check(value, label);
      if (!message) return;
      // A value pasted with a space around it: say so, instead of "enter an IPv4 address".
      const onlySpaceAround = value.trim() !== value && check(value.trim(), label) === null;
      ctx.issues.push({
        code: 'custom',
        message: onlySpaceAround
          ? `${label}: remove the spaces before or after the value.`
          : message,
        input: value,
      });
    }),
  );
}

/** A number typed as text; JSON files may give a number instead. Output is always the text. */
export function numberField(path: FieldPath, check: FieldCheck) {
  const label = FIELD_LABELS[path];
  return z.pipe(
    z.union([z.string(), z.number()], typeError(label, 'a number')),
    z.pipe(
      z.transform((value: string | number) => String(value).trim()),
      textField(path, check),
    ),
  );
}

/** A one-entry-per-line list; JSON files may give an array of strings instead. */
export function listField(path: FieldPath, check: FieldCheck) {
  const label = FIELD_LABELS[path];
  return z.pipe(
    z.union([z.string(), z.array(z.string())], typeError(label, 'text, one entry per line')),
    z.pipe(
      z.transform((value: string | string[]) => (Array.isArray(value) ? value.join('\n') : value)),
      textField(path, check),
    ),
  );
}

export function booleanField(path: FieldPath) {
  return z.boolean(typeError(FIELD_LABELS[path], 'true or false'));
}

/**
 * One of a [value, label] table's values. Where every value is a number (DH groups), a JSON file may
 * give the number itself, as it may for number fields; the output is always the table's text.
 */
export function enumField<const V extends string>(path: FieldPath, values: readonly [V, ...V[]]) {
  const label = FIELD_LABELS[path];
  const message = { error: () => `${label} must be one of: ${values.join(', ')}.` };
  const choice = z.enum(values, message);
  if (!values.every((value) => /^[0-9]+$/.test(value))) return choice;
  return z.pipe(
    z.union([choice, z.literal(values.map(Number))], message),
    z.transform((value: V | number) => String(value) as V),
  );
}

/** Adds a same-step rule's issue to a field of the step object. */
export function fieldIssue(message: string, field: string, input: unknown) {
  return { code: 'custom' as const, message, path: [field], input };
}
