/**
 * Small builders that turn field checks into zod/mini schemas. Every message names the field by its
 * label message (labelOf), so the same text appears in the wizard, on the Summary and in the
 * command-line generator's `<field path>: <message>` output, in the language chosen. zod issues
 * carry strings: the messages travel encoded (encodeMsg) and validate.ts decodes them.
 */
import * as z from 'zod/mini';
import { encodeMsg, msg, type MessageId, type Msg } from '../i18n/catalogue';
import type { FieldCheck } from './field-checks';
import { labelOf, type FieldPath } from './labels';

type TypeMessage = Extract<
  MessageId,
  | 'validation.type.text'
  | 'validation.type.number'
  | 'validation.type.list'
  | 'validation.type.boolean'
>;

/** The zod `error` option of a schema whose every issue says `message`. */
export const errorOf = (message: Msg) => ({ error: () => encodeMsg(message) });

const typeError = (path: FieldPath, id: TypeMessage) => errorOf(msg(id, { label: labelOf(path) }));

/** A text field validated by `check` (pass `() => null` for text checked elsewhere). */
export function textField(path: FieldPath, check: FieldCheck) {
  const label = labelOf(path);
  return z.string(typeError(path, 'validation.type.text')).check(
    z.superRefine((value, ctx) => {
      const message = check(value, label);
      if (!message) return;
      // A value pasted with a space around it: say so, instead of "enter an IPv4 address".
      const onlySpaceAround = value.trim() !== value && check(value.trim(), label) === null;
      ctx.issues.push({
        code: 'custom',
        message: encodeMsg(onlySpaceAround ? msg('validation.spacesAround', { label }) : message),
        input: value,
      });
    }),
  );
}

/** A number typed as text; JSON files may give a number instead. Output is always the text. */
export function numberField(path: FieldPath, check: FieldCheck) {
  return z.pipe(
    z.union([z.string(), z.number()], typeError(path, 'validation.type.number')),
    z.pipe(
      z.transform((value: string | number) => String(value).trim()),
      textField(path, check),
    ),
  );
}

/** A one-entry-per-line list; JSON files may give an array of strings instead. */
export function listField(path: FieldPath, check: FieldCheck) {
  return z.pipe(
    z.union([z.string(), z.array(z.string())], typeError(path, 'validation.type.list')),
    z.pipe(
      z.transform((value: string | string[]) => (Array.isArray(value) ? value.join('\n') : value)),
      textField(path, check),
    ),
  );
}

export function booleanField(path: FieldPath) {
  return z.boolean(typeError(path, 'validation.type.boolean'));
}

/**
 * One of a [value, label] table's values. Where every value is a number (DH groups), a JSON file may
 * give the number itself, as it may for number fields; the output is always the table's text.
 */
export function enumField<const V extends string>(path: FieldPath, values: readonly [V, ...V[]]) {
  const message = errorOf(
    msg('validation.type.choice', { label: labelOf(path), values: values.join(', ') }),
  );
  const choice = z.enum(values, message);
  if (!values.every((value) => /^[0-9]+$/.test(value))) return choice;
  return z.pipe(
    z.union([choice, z.literal(values.map(Number))], message),
    z.transform((value: V | number) => String(value) as V),
  );
}

/** Adds a same-step rule's issue to a field of the step object. */
export function fieldIssue(message: Msg, field: string, input: unknown) {
  return { code: 'custom' as const, message: encodeMsg(message), path: [field], input };
}
