/**
 * GraphQL over WebSocket (the graphql-ws protocol that Apollo Client, urql and Apollo Sandbox
 * speak) on the HTTP server's own port and path, /graphql, for subscriptions only (queries and
 * mutations keep the HTTP path, with its CSRF, body and trusted-document rules).
 *
 * The connection authenticates once, from `connectionParams`, read as the HTTP headers of the same
 * name (`Authorization`, `X-Api-Key`, `X-Bitrix24-Domain`) by the same identity rules. No or a bad
 * identity closes the socket with 4401 before anything else happens; too many sockets of one
 * identity close with 4429. Each subscription document passes the HTTP limits (depth, aliases,
 * cost) and may not select fields that call the portal (they would call it once per event and
 * subscriber).
 */
import type { IncomingMessage, Server } from 'node:http';
import { HeaderMap } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  TypeInfo,
  getOperationAST,
  getVariableValues,
  parse,
  validate,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type ExecutionArgs,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, type Context as WsContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { GraphQLLimits } from '../config/config.js';
import type { LiveConfig } from '../config/live-config.js';
import { FacadeGraphQLError, TOKEN_EXPIRED } from '../graphql-errors/facade-errors.js';
import { createRequestContext, endOperation, type ContextDependencies } from '../graphql/create-context.js';
import type { GraphQLContext } from '../graphql/context.js';
import { resolveIdentity } from '../graphql/identity.js';
import { AnalysisCache } from '../graphql/limits/analysis-cache.js';
import { checkOperationLimits } from '../graphql/limits/limits-plugin.js';
import { FACADE_PORTAL_WORK } from '../graphql/limits/portal-work.js';
import type { Logger } from '../observability/logger.js';

/** The connectionParams keys read as headers (any case); nothing else of them is looked at. */
const PARAM_HEADERS = ['authorization', 'x-api-key', 'x-bitrix24-domain', 'x-bot-token'];

export interface GraphQLWsOptions {
  server: Server;
  schema: GraphQLSchema;
  deps: ContextDependencies;
  limits: GraphQLLimits;
  live: LiveConfig;
  logger: Logger;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

export interface GraphQLWsServer {
  /** Open sockets and active subscriptions of this process. */
  readonly stats: { connections: number; subscriptions: number };
  /** Closes every socket (1001) and the WebSocket server. */
  dispose(): Promise<void>;
}

type Extra = Record<PropertyKey, unknown> & {
  socket: WebSocket;
  request: IncomingMessage;
};

interface ConnectionState {
  headers: HeaderMap;
  subject: string;
  subscriptions: number;
  contexts: Map<string, GraphQLContext>;
}

type Ctx = WsContext<Record<string, unknown> | undefined, Extra>;

/** connectionParams -> the headers the identity rules read (strings only, other keys ignored). */
export function headersOfParams(params: Record<string, unknown> | undefined): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(params ?? {})) {
    const name = key.toLowerCase();
    if (PARAM_HEADERS.includes(name) && typeof value === 'string') headers.set(name, value);
  }
  return headers;
}

function refusal(code: string, message: string, reason: string): GraphQLError[] {
  return [new FacadeGraphQLError(code as 'BAD_USER_INPUT', message, { reason })];
}

/** The coordinates (`Type.field`) of portal-calling fields the document selects. */
function portalCallingFields(schema: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(schema);
  const found: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      [Kind.FIELD]() {
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (parent === null || parent === undefined || field === null || field === undefined) return;
        const coordinate = `${parent.name}.${field.name}`;
        if (FACADE_PORTAL_WORK.nestedCalls.has(coordinate)) found.push(coordinate);
      },
    }),
  );
  return found;
}

export function startGraphQLWs(options: GraphQLWsOptions): GraphQLWsServer {
  const { schema, deps, limits, live, logger } = options;
  const analyses = new AnalysisCache({
    defaultListSize: limits.defaultListSize,
    portalWork: FACADE_PORTAL_WORK,
  });
  const stats = { connections: 0, subscriptions: 0 };
  const perIdentity = new Map<string, number>();
  const states = new WeakMap<object, ConnectionState>();
  const wss = new WebSocketServer({ server: options.server, path: '/graphql' });

  const format = (errors: readonly GraphQLError[]): GraphQLFormattedError[] =>
    errors.map((error) => options.formatError(error.toJSON(), error));

  const release = (state: ConnectionState): void => {
    for (const context of state.contexts.values()) endOperation(context);
    state.contexts.clear();
    const left = (perIdentity.get(state.subject) ?? 1) - 1;
    if (left <= 0) perIdentity.delete(state.subject);
    else perIdentity.set(state.subject, left);
    stats.connections -= 1;
  };

  const handle = useServer<Record<string, unknown> | undefined, Extra>(
    {
      schema,
      onConnect(ctx: Ctx) {
        const headers = headersOfParams(ctx.connectionParams);
        let subject: string;
        try {
          const result = resolveIdentity(headers, deps.identity);
          if (result.kind === 'missing') {
            ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: no identity');
            return false;
          }
          subject = result.identity.subject;
        } catch {
          ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: bad credentials');
          return false;
        }
        const open = perIdentity.get(subject) ?? 0;
        if (open >= live.maxConnectionsPerIdentity) {
          ctx.extra.socket.close(
            CloseCode.TooManyInitialisationRequests,
            'Too many connections for this identity',
          );
          return false;
        }
        perIdentity.set(subject, open + 1);
        stats.connections += 1;
        states.set(ctx, { headers, subject, subscriptions: 0, contexts: new Map() });
        return true;
      },
      onSubscribe(ctx: Ctx, id, payload) {
        const state = states.get(ctx);
        if (state === undefined) return refusal('UNAUTHENTICATED', 'Not authenticated.', 'NO_IDENTITY');
        if (state.subscriptions >= live.maxSubscriptionsPerConnection) {
          return refusal(
            'BAD_USER_INPUT',
            `This connection already has ${live.maxSubscriptionsPerConnection} subscriptions (LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION).`,
            'TOO_MANY_SUBSCRIPTIONS',
          );
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: limits.maxTokens });
        } catch (error) {
          return [
            new GraphQLError((error as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
          ];
        }
        const invalid = validate(schema, document);
        if (invalid.length > 0) {
          return invalid.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes ?? null,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
          );
        }
        const operation = getOperationAST(document, payload.operationName);
        if (operation === null || operation === undefined) {
          return refusal(
            'BAD_USER_INPUT',
            'Name one operation of the document.',
            'OPERATION_RESOLUTION_FAILURE',
          );
        }
        if (operation.operation !== 'subscription') {
          return refusal(
            'BAD_USER_INPUT',
            'Only subscriptions go over WebSocket; send queries and mutations over HTTP to /graphql.',
            'SUBSCRIPTIONS_ONLY',
          );
        }
        const variables = payload.variables ?? {};
        // Bad variables are the client's mistake (as Apollo says over HTTP), not an internal error.
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
        if (coerced.errors !== undefined) {
          return coerced.errors.map(
            (error) =>
              new GraphQLError(error.message, {
                nodes: error.nodes ?? null,
                extensions: { code: 'BAD_USER_INPUT' },
              }),
          );
        }
        try {
          checkOperationLimits(limits, analyses, { schema, document, operation, variables });
        } catch (error) {
          return [error as GraphQLError];
        }
        const calling = portalCallingFields(schema, document);
        if (calling.length > 0) {
          return refusal(
            'BAD_USER_INPUT',
            `${calling.join(', ')} cannot be selected in a subscription (it would call the portal on every event); query it over HTTP.`,
            'PORTAL_FIELD_IN_SUBSCRIPTION',
          );
        }
        const record = { requestId: `ws:${id}`, errorCodes: [] as string[], subject: state.subject };
        const contextValue = createRequestContext(deps, state.headers, record);
        state.contexts.set(id, contextValue);
        state.subscriptions += 1;
        stats.subscriptions += 1;
        const args: ExecutionArgs = {
          schema,
          document,
          contextValue,
          variableValues: variables,
          ...(payload.operationName === undefined || payload.operationName === null
            ? {}
            : { operationName: payload.operationName }),
        };
        return args;
      },
      onOperation(ctx: Ctx, id) {
        // The authorising read is done: no portal call follows, so the operation's deadline timer goes.
        const context = states.get(ctx)?.contexts.get(id);
        if (context !== undefined) endOperation(context);
      },
      onNext(ctx: Ctx, _id, _payload, _args, result) {
        if (result.errors === undefined) return undefined;
        const errors = format(result.errors);
        // The portal said the connection's token has expired: the whole socket is unauthenticated
        // now. The client gets this error, then the close (4401), and reconnects with a fresh token.
        if (errors.some((e) => e.extensions?.reason === TOKEN_EXPIRED)) {
          setImmediate(() => ctx.extra.socket.close(CloseCode.Unauthorized, 'Unauthorized: token expired'));
        }
        return { ...result, errors } as never;
      },
      onError(_ctx, _id, _payload, errors) {
        return format(errors) as never;
      },
      onComplete(ctx: Ctx, id) {
        const state = states.get(ctx);
        if (state?.contexts.delete(id) === true) {
          state.subscriptions -= 1;
          stats.subscriptions -= 1;
        }
      },
      onClose(ctx: Ctx) {
        const state = states.get(ctx);
        if (state === undefined) return;
        states.delete(ctx);
        stats.subscriptions -= state.contexts.size;
        release(state);
      },
    },
    wss,
  );
  wss.on('error', (error) => logger.warn('websocket server error', { error: error.name }));

  return {
    stats,
    dispose: async () => {
      await handle.dispose();
    },
  };
}
