/** `npm run schema:json`: writes answers.schema.json at the repository root (see json-schema.ts). */
import { writeFileSync } from 'node:fs';
import { ANSWERS_SCHEMA_FILE, answersJsonSchemaText } from './json-schema';

const target = new URL(`../${ANSWERS_SCHEMA_FILE}`, import.meta.url);
writeFileSync(target, answersJsonSchemaText());
process.stdout.write(`wrote ${ANSWERS_SCHEMA_FILE}\n`);
