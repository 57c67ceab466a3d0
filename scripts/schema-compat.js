/**
 * `npm run schema:compat` (run by .ci/run): the schema built from the code (schema/schema.graphql,
 * kept current by `npm run schema:check`) must not break a client written against the last released
 * schema (schema/released.graphql). Schema changes are additive only; graphql-js's
 * findBreakingChanges lists removed types/fields/enum values, changed argument or field types, new
 * required arguments and input fields, and so on. Dangerous (non-breaking) changes are printed too.
 * On a release, copy schema/schema.graphql over schema/released.graphql.
 */
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';

const load = (file) => buildSchema(readFileSync(new URL(`../schema/${file}`, import.meta.url), 'utf8'));
const released = load('released.graphql');
const current = load('schema.graphql');

for (const change of findDangerousChanges(released, current)) {
  process.stdout.write(`dangerous (allowed): ${change.type}: ${change.description}\n`);
}
const breaking = findBreakingChanges(released, current);
if (breaking.length > 0) {
  for (const change of breaking) process.stderr.write(`BREAKING: ${change.type}: ${change.description}\n`);
  process.stderr.write(
    `schema/schema.graphql breaks ${breaking.length} thing(s) of schema/released.graphql: schema changes must be additive\n`,
  );
  process.exit(1);
}
process.stdout.write('schema/schema.graphql has no breaking change against schema/released.graphql\n');
