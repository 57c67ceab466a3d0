import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parse, validate } from 'graphql';
import { buildFacadeSchema } from '../../../src/app/schema.js';

describe('examples/operations for bots and the connector', () => {
  it.each(['bots.graphql', 'connector.graphql'])('%s validates against the schema', async (file) => {
    const schema = await buildFacadeSchema();
    const document = parse(
      readFileSync(new URL(`../../../examples/operations/${file}`, import.meta.url), 'utf8'),
    );
    expect(validate(schema, document).map((e) => e.message)).toEqual([]);
    expect(document.definitions.length).toBeGreaterThan(3);
  });
});
