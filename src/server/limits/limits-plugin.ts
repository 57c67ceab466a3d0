/**
 * Refuses over-deep or over-costly operations after parsing and validation, before any resolver
 * (so before any portal call). A plugin rather than a validation rule because the cost needs the
 * request's variables (`first: $n`). Refusals use the closed set: BAD_USER_INPUT with
 * `extensions.reason` QUERY_TOO_DEEP / QUERY_TOO_COSTLY, and HTTP 400.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLLimits } from '../../config.js';
import { BAD_INPUT_REASONS } from '../../graphql-errors/error-codes.js';
import { FacadeGraphQLError } from '../../graphql-errors/facade-errors.js';
import { fragmentsOf, operationCost, operationDepth } from './query-limits.js';

export function limitsPlugin<TContext extends object>(limits: GraphQLLimits): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, schema, request }) {
          if (operation === undefined) return; // Apollo has already refused an unknown operation name
          const fragments = fragmentsOf(document.definitions);
          const depth = operationDepth(operation, fragments);
          if (depth > limits.maxDepth) {
            throw new FacadeGraphQLError(
              'BAD_USER_INPUT',
              `The query is nested ${depth} levels deep; the limit is ${limits.maxDepth}.`,
              {
                reason: BAD_INPUT_REASONS.queryTooDeep,
                details: { depth, maxDepth: limits.maxDepth },
                httpStatus: 400,
              },
            );
          }
          const cost = operationCost(schema, operation, fragments, {
            variables: request.variables ?? {},
            defaultListSize: limits.defaultListSize,
          });
          if (cost > limits.maxCost) {
            throw new FacadeGraphQLError(
              'BAD_USER_INPUT',
              `The query costs ${cost}; the limit is ${limits.maxCost}. Ask for fewer items (first/limit) or fewer fields.`,
              {
                reason: BAD_INPUT_REASONS.queryTooCostly,
                details: { cost, maxCost: limits.maxCost },
                httpStatus: 400,
              },
            );
          }
        },
      };
    },
  };
}
