/**
 * Records the operation name, the error codes and the first portal failure (`extensions.portal`:
 * method, code, HTTP status) of each GraphQL request on its RequestRecord; the HTTP layer writes
 * the one log line per request once the response is sent.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { requestRecordOf } from '../create-context.js';

export function requestLogPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue }) {
      const record = requestRecordOf(contextValue);
      if (record === undefined) return {};
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) record.operationName = operationName;
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            const code = error.extensions?.code;
            if (typeof code === 'string' && !record.errorCodes.includes(code)) record.errorCodes.push(code);
            const portal = error.extensions?.portal;
            if (record.portalFailure === undefined && portal !== null && typeof portal === 'object')
              record.portalFailure = portal as NonNullable<typeof record.portalFailure>;
          }
        },
      };
    },
  };
}
