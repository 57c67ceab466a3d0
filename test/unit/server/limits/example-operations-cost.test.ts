/**
 * Every operation we document in examples/operations/ must pass the default depth and cost limits:
 * a limit that refuses the README's own examples is a broken default.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { buildFacadeSchema } from '../../../../src/app/schema.js';
import { fragmentsOf, operationCost, operationDepth } from '../../../../src/graphql/limits/query-limits.js';
import { loadConfig } from '../../../../src/config/config.js';

const dir = join(process.cwd(), 'examples', 'operations');
const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));

describe('the documented example operations fit the default limits', () => {
  const defaults = loadConfig({}).limits;

  it.each(files)('%s', async (file) => {
    const schema = await buildFacadeSchema();
    const doc = parse(readFileSync(join(dir, file), 'utf8'));
    const fragments = fragmentsOf(doc.definitions);
    const operations = doc.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThan(0);
    for (const op of operations) {
      const cost = operationCost(schema, op, fragments, { defaultListSize: defaults.defaultListSize });
      const depth = operationDepth(op, fragments);
      expect({ op: op.name?.value, withinCost: cost <= defaults.maxCost, cost }).toEqual({
        op: op.name?.value,
        withinCost: true,
        cost,
      });
      expect(depth).toBeLessThanOrEqual(defaults.maxDepth);
    }
  });
});
