/**
 * Depth, alias count and (for operations without variables) cost of an operation, remembered per
 * parsed document. Apollo keeps one parsed document per query text in its (bounded) document
 * store, so the same text arrives as the same AST object: a WeakMap keyed by it never outlives the
 * store's own entry and needs no bound of its own. Costs that depend on variables (`first: $n`,
 * `messageIds: $ids`) are recomputed; the walk is linear in the document.
 */
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import {
  aliasCount,
  fragmentsOf,
  operationCost,
  operationDepth,
  type PortalWorkModel,
} from './query-limits.js';

export interface OperationAnalysis {
  depth: number;
  aliases: number;
  cost: number;
}

interface Remembered {
  depth: number;
  aliases: number;
  /** only for operations without variable definitions */
  cost?: number;
}

export class AnalysisCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<OperationDefinitionNode, Remembered>>();
  /** How many analyses were computed rather than remembered (for tests). */
  computations = 0;

  constructor(private readonly options: { defaultListSize: number; portalWork?: PortalWorkModel }) {}

  analyse(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: Readonly<Record<string, unknown>>,
  ): OperationAnalysis {
    let operations = this.byDocument.get(document);
    if (operations === undefined) {
      operations = new Map();
      this.byDocument.set(document, operations);
    }
    const known = operations.get(operation);
    if (known !== undefined && known.cost !== undefined) {
      return { depth: known.depth, aliases: known.aliases, cost: known.cost };
    }
    this.computations += 1;
    const fragments = fragmentsOf(document.definitions);
    const depth = known?.depth ?? operationDepth(operation, fragments);
    const aliases = known?.aliases ?? aliasCount(document);
    const cost = operationCost(schema, operation, fragments, {
      variables,
      defaultListSize: this.options.defaultListSize,
      ...(this.options.portalWork ? { portalWork: this.options.portalWork } : {}),
    });
    const constant = (operation.variableDefinitions?.length ?? 0) === 0;
    operations.set(operation, { depth, aliases, ...(constant ? { cost } : {}) });
    return { depth, aliases, cost };
  }
}
