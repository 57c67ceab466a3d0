/**
 * Checks the arguments of nested fields before execution, so that a bad argument deep in a query
 * (a malformed `after` cursor of `Chat.polls`) is refused before its parent field has called the
 * portal. A field opts in with `@Extensions({ [CHECK_ARGUMENTS]: (args) => void })`; the check
 * throws the field's typed error (BAD_USER_INPUT) and the whole operation is refused with it.
 * The field's resolver repeats its check (it is cheap), so the rule holds without this plugin too,
 * only later.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getVariableValues,
  Kind,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export const CHECK_ARGUMENTS = 'checkArguments';

export type ArgumentCheck = (args: Record<string, unknown>) => void;

interface CheckedField {
  readonly definition: GraphQLField<unknown, unknown>;
  readonly node: FieldNode;
  readonly check: ArgumentCheck;
}

/**
 * The opted-in fields of an operation and its document's fragments. Apollo hands the same parsed
 * document to every request of the same text, so this walk runs once per document and operation;
 * each request then only reads its arguments.
 */
const checkedFieldsCache = new WeakMap<OperationDefinitionNode, readonly CheckedField[]>();

function checkedFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): readonly CheckedField[] {
  const cached = checkedFieldsCache.get(operation);
  if (cached !== undefined) return cached;
  const found: CheckedField[] = [];
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      const check: unknown = definition?.extensions?.[CHECK_ARGUMENTS];
      if (definition && typeof check === 'function') {
        found.push({ definition, node, check: check as ArgumentCheck });
      }
    },
  });
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
  }
  checkedFieldsCache.set(operation, found);
  return found;
}

/** Runs every opted-in field's check over the operation and the fragments of the document. */
export function checkOperationArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>>,
): void {
  const fields = checkedFields(schema, document, operation);
  if (fields.length === 0) return;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Variables that do not coerce are graphql-js's to report, with its own error.
  if (coerced.errors !== undefined) return;
  for (const { definition, node, check } of fields) {
    let args: Record<string, unknown>;
    try {
      args = getArgumentValues(definition, node, coerced.coerced);
    } catch {
      continue; // execution reports it
    }
    check(args);
  }
}

export function argumentChecksPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (operation === undefined) return;
          checkOperationArguments(schema, document, operation, request.variables ?? {});
        },
      };
    },
  };
}
