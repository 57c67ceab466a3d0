import 'reflect-metadata';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { AnalysisCache } from '../../../../src/graphql/limits/analysis-cache.js';

const schema = buildSchema('type Query { items(first: Int): [Item!]!  me: Item }  type Item { id: ID! }');
const operationOf = (document: ReturnType<typeof parse>) =>
  document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;

describe('AnalysisCache', () => {
  it('analyses the same parsed document once', () => {
    const cache = new AnalysisCache({ defaultListSize: 10 });
    const document = parse('{ a: me { id } items(first: 3) { id } }');
    const first = cache.analyse(schema, document, operationOf(document), {});
    const second = cache.analyse(schema, document, operationOf(document), {});
    expect(second).toEqual(first);
    expect(first).toEqual({ depth: 2, aliases: 1, cost: 2 + 3 * 2 });
    expect(cache.computations).toBe(1);
  });

  it('recomputes the cost of an operation with variables (first: $n)', () => {
    const cache = new AnalysisCache({ defaultListSize: 10 });
    const document = parse('query ($n: Int) { items(first: $n) { id } }');
    expect(cache.analyse(schema, document, operationOf(document), { n: 1 }).cost).toBe(2);
    expect(cache.analyse(schema, document, operationOf(document), { n: 4 }).cost).toBe(8);
  });
});
