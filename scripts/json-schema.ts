/**
 * The answers file's JSON Schema (answers.schema.json), generated from the wizard's own zod schema
 * so that an editor checks a file against the same types and enumerations. Cross-field rules and
 * secrets are checked by `npm run generate` (parseAnswers).
 *
 * Adjusted to what parseAnswers accepts: every step field may be left out (it falls back to the
 * default; secrets default to empty and are then reported as missing), unknown keys are errors,
 * and each property carries the label the wizard shows for it.
 */
import * as z from 'zod/mini';
import { STEPS, stepTitle } from '../src/domain/answers';
import { english } from '../src/i18n/english';
import { fieldsEn } from '../src/i18n/en/fields';
import { answersSchema } from '../src/domain/schema';

export const ANSWERS_SCHEMA_FILE = 'answers.schema.json';
export const ANSWERS_SCHEMA_TITLE = 'ASA L2TP/IPsec wizard answers';

type JsonSchema = { [key: string]: unknown; properties?: Record<string, JsonSchema> };

/** Step titles for the step objects, then the field labels. */
const LABELS: Record<string, string> = {
  ...Object.fromEntries(STEPS.map((step) => [step.id, english(stepTitle(step.id))])),
  clientOptions: 'Client handout options',
  ...Object.fromEntries(
    Object.entries(fieldsEn).map(([id, label]) => [id.slice('field.'.length), label]),
  ),
};

const join = (path: string, key: string) => (path === '' ? key : `${path}.${key}`);

/** Puts the wizard's label first in each property of `node`, found by its dotted path. */
function label(node: JsonSchema, path: string): void {
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const title = LABELS[join(path, key)];
    if (node.properties && title !== undefined) node.properties[key] = { title, ...child };
  }
}

/** Walks the plain nested objects of the answers (not the user list, whose entries are complete). */
function adjust(node: JsonSchema, path: string): void {
  if (node.properties === undefined) return;
  delete node.required;
  node.additionalProperties = false;
  label(node, path);
  for (const [key, child] of Object.entries(node.properties)) {
    const childPath = join(path, key);
    const items = child.items as JsonSchema | undefined;
    if (items?.properties !== undefined) label(items, childPath);
    adjust(child, childPath);
  }
}

export function answersJsonSchema(): JsonSchema {
  // io: 'input' describes what a file may hold (numbers as text or numbers, lists as text or
  // arrays), not the normalised values the wizard works with.
  const { $schema, ...generated } = z.toJSONSchema(answersSchema, { io: 'input' }) as JsonSchema;
  const schema: JsonSchema = { $schema, title: ANSWERS_SCHEMA_TITLE, ...generated };
  adjust(schema, '');
  // An answers file may name its schema for editor support; parseAnswers accepts this key.
  schema.properties = { $schema: { type: 'string' }, ...schema.properties };
  return schema;
}

export function answersJsonSchemaText(): string {
  return `${JSON.stringify(answersJsonSchema(), null, 2)}\n`;
}
