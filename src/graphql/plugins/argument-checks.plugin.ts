/**
 * Checks the arguments of nested fields before execution, so that a bad argument deep in a query
 * (a malformed `after` cursor of `Chat.polls`) is refused before its parent field has called the
 * portal. A field opts in with `@Extensions({ [CHECK_ARGUMENTS]: (args) => void })`; the check
 * throws the field's typed error (BAD_USER_INPUT) and the whole operation is refused with it.
 * Root fields need none of this (nothing runs before their resolver), and their resolvers repeat
 * the check anyway.
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
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

export const CHECK_ARGUMENTS = 'checkArguments';

export type ArgumentCheck = (args: Record<string, unknown>) => void;

/** Runs every opted-in field's check over the operation and the fragments of the document. */
export function checkOperationArguments(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Readonly<Record<string, unknown>>,
): void {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables);
  // Variables that do not coerce are graphql-js's to report, with its own error.
  if (coerced.errors !== undefined) return;
  const variables = coerced.coerced;
  const typeInfo = new TypeInfo(schema);
  const visitor = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const definition = typeInfo.getFieldDef();
      const check: unknown = definition?.extensions?.[CHECK_ARGUMENTS];
      if (definition === null || definition === undefined || typeof check !== 'function') return;
      let args: Record<string, unknown>;
      try {
        args = getArgumentValues(definition, node, variables);
      } catch {
        return; // execution reports it
      }
      (check as ArgumentCheck)(args);
    },
  });
  for (const definition of document.definitions) {
    if (definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION) visit(definition, visitor);
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
