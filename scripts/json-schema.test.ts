import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ciscoExample } from '../src/domain/defaults';
import { ANSWERS_SCHEMA_FILE, answersJsonSchema, answersJsonSchemaText } from './json-schema';

describe(ANSWERS_SCHEMA_FILE, () => {
  it('is up to date with src/domain/schema.ts', () => {
    const committed = readFileSync(new URL(`../${ANSWERS_SCHEMA_FILE}`, import.meta.url), 'utf8');
    expect(
      committed === answersJsonSchemaText(),
      `${ANSWERS_SCHEMA_FILE} is out of date: run \`npm run schema:json\` and commit the result`,
    ).toBe(true);
  });

  it('has a title, every step, and labels from the wizard', () => {
    const schema = answersJsonSchema();
    expect(schema.title).toBe('ASA L2TP/IPsec wizard answers');
    expect(Object.keys(schema.properties ?? {})).toEqual([
      '$schema',
      ...Object.keys(ciscoExample()),
    ]);
    expect(schema.properties?.authMethod?.properties?.preSharedKey?.title).toBe('Pre-Shared Key');
  });

  it('lets step fields fall back to defaults but rejects unknown keys, like parseAnswers', () => {
    const schema = answersJsonSchema();
    const pool = schema.properties?.addressPool;
    expect(pool?.required).toBeUndefined();
    expect(pool?.additionalProperties).toBe(false);
    // A user without a password is accepted by the schema's shape and then reported by name
    // ("Password of user "test" is required."), so editors do not flag it before the generator can.
    const users = schema.properties?.userAccounts?.properties?.users?.items as
      { properties?: Record<string, { title?: string }> } | undefined;
    expect(Object.keys(users?.properties ?? {})).toEqual(['username', 'password']);
  });
});
