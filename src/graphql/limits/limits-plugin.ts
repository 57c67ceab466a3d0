/**
 * Refuses over-deep, over-aliased or over-costly operations after parsing and validation, before
 * any resolver (so before any portal call). A plugin rather than a validation rule because the
 * cost needs the request's variables (`first: $n`). Introspection is counted like everything else
 * (query-limits.ts), so an anonymous introspection request is bounded by the same limits. Refusals
 * use the closed set: BAD_USER_INPUT with `extensions.reason` QUERY_TOO_DEEP / QUERY_TOO_MANY_ALIASES
 * / QUERY_TOO_COSTLY, and HTTP 400. (The token cap is graphql-js's `maxTokens`, set in apollo.ts.)
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { GraphQLLimits } from '../../config/config.js';
import { BAD_INPUT_REASONS } from '../../outcomes/error-codes.js';
import { FacadeGraphQLError } from '../../graphql-errors/facade-errors.js';
import { AnalysisCache } from './analysis-cache.js';
import { FACADE_PORTAL_WORK } from './portal-work.js';

function refuse(reason: string, message: string, details: Record<string, number>): FacadeGraphQLError {
  return new FacadeGraphQLError('BAD_USER_INPUT', message, { reason, details, httpStatus: 400 });
}

/**
 * Throws the refusal for an operation over the limits (the plugin below for HTTP; the WebSocket
 * edge calls it for subscription documents, so both transports share one rule).
 */
export function checkOperationLimits(
  limits: GraphQLLimits,
  analyses: AnalysisCache,
  args: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operation: OperationDefinitionNode;
    variables: Record<string, unknown>;
  },
): void {
  const { depth, aliases, cost } = analyses.analyse(
    args.schema,
    args.document,
    args.operation,
    args.variables,
  );
  if (aliases > limits.maxAliases) {
    throw refuse(
      BAD_INPUT_REASONS.queryTooManyAliases,
      `The document has ${aliases} aliased fields; the limit is ${limits.maxAliases}.`,
      { aliases, maxAliases: limits.maxAliases },
    );
  }
  if (depth > limits.maxDepth) {
    throw refuse(
      BAD_INPUT_REASONS.queryTooDeep,
      `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
      { depth, maxDepth: limits.maxDepth },
    );
  }
  if (cost > limits.maxCost) {
    throw refuse(
      BAD_INPUT_REASONS.queryTooCostly,
      `The query costs ${cost}; the limit is ${limits.maxCost}. Ask for fewer items (first/limit), fewer fields or fewer portal-calling fields.`,
      { cost, maxCost: limits.maxCost },
    );
  }
}

export function limitsPlugin<TContext extends object>(
  limits: GraphQLLimits,
  analyses = new AnalysisCache({ defaultListSize: limits.defaultListSize, portalWork: FACADE_PORTAL_WORK }),
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (operation === undefined) return; // Apollo has already refused an unknown operation name
          checkOperationLimits(limits, analyses, {
            schema,
            document,
            operation,
            variables: request.variables ?? {},
          });
        },
      };
    },
  };
}
