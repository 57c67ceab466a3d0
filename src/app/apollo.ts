/** The Apollo Server instance: schema, plugins (landing page, identity, limits, log), formatError. */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Config } from '../config/config.js';
import { createFormatError } from '../graphql-errors/format-error.js';
import type { GraphQLContext } from '../graphql/context.js';
import { endOperation } from '../graphql/create-context.js';
import { limitsPlugin } from '../graphql/limits/limits-plugin.js';
import type { Logger } from '../observability/logger.js';
import { argumentChecksPlugin } from '../graphql/plugins/argument-checks.plugin.js';
import { requestLogPlugin } from '../graphql/plugins/request-log.plugin.js';
import { requireIdentityPlugin } from '../graphql/plugins/require-identity.plugin.js';

/**
 * Headers whose presence proves a browser preflighted the request (none is CORS-safelisted):
 * Apollo's defaults (not exported by @apollo/server) and the facade's credential headers.
 */
export const CSRF_PREFLIGHT_HEADERS = [
  'x-apollo-operation-name',
  'apollo-require-preflight',
  'authorization',
  'x-api-key',
  'x-bot-token',
];

/** The emulator's seeded user 1 (the emulator accepts `dev-token-<userId>` for users 1-5). */
export const SANDBOX_DEV_AUTHORIZATION = 'Bearer dev-token-1';

function landingPage(config: Config): ApolloServerPlugin<GraphQLContext> {
  switch (config.landingPage) {
    case 'sandbox':
      // On the embedded emulator the dev tokens are public (they only open the seeded demo
      // portal), so the Sandbox starts signed in as user 1 instead of answering its first query
      // with UNAUTHENTICATED. Real portals get no header: their tokens belong to users.
      return ApolloServerPluginLandingPageLocalDefault({
        footer: false,
        ...(config.portal.mode === 'emulator'
          ? { headers: { Authorization: SANDBOX_DEV_AUTHORIZATION } }
          : {}),
      });
    case 'production':
      return ApolloServerPluginLandingPageProductionDefault({ footer: false });
    default:
      return ApolloServerPluginLandingPageDisabled();
  }
}

/** The one formatError of both transports (HTTP through Apollo, subscriptions over WebSocket). */
export function facadeFormatError(logger: Logger, secrets: readonly string[]) {
  return createFormatError({
    secrets,
    onUnexpected: (summary) => logger.error('unexpected error', { error: summary }),
    onUnknownPortalError: (portal) =>
      logger.warn('portal error without a rule, answered INTERNAL_SERVER_ERROR', {
        method: portal.method,
        portalCode: portal.code,
        httpStatus: portal.httpStatus,
      }),
  });
}

export interface ApolloOptions {
  schema: GraphQLSchema;
  config: Config;
  logger: Logger;
  /** Secrets of this deployment, scrubbed from every error message. */
  secrets: readonly string[];
  /** Request metrics for /metrics, when enabled. */
  metricsPlugin?: ApolloServerPlugin<GraphQLContext>;
  /** The operation span, when tracing is on. */
  tracingPlugin?: ApolloServerPlugin<GraphQLContext>;
  /** Plugins of the server around Apollo (the HTTP server's drain). */
  extraPlugins?: ApolloServerPlugin<GraphQLContext>[];
}

export function createApollo({
  schema,
  config,
  logger,
  secrets,
  metricsPlugin,
  tracingPlugin,
  extraPlugins = [],
}: ApolloOptions): ApolloServer<GraphQLContext> {
  const { limits } = config;
  return new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    // graphql-js stops parsing past this many tokens: a 1 MB body of aliases never becomes an AST.
    parseOptions: { maxTokens: limits.maxTokens },
    // Parsed documents and persisted query texts are kept by size, not count, so unique queries
    // cannot grow memory without bound (sizes as Apollo measures them: JSON bytes of the AST,
    // characters of a query text); 0 turns a cache off.
    documentStore:
      limits.documentCacheBytes === 0
        ? null
        : new InMemoryLRUCache<DocumentNode>({ maxSize: limits.documentCacheBytes }),
    persistedQueries:
      limits.apqCacheBytes === 0
        ? false
        : { cache: new InMemoryLRUCache<string>({ maxSize: limits.apqCacheBytes }) },
    // With introspection off, "Did you mean ...?" suggestions in validation errors would still
    // reveal field and type names one guess at a time; they go with introspection.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    // CSRF prevention stays on for "simple" requests (GET, text/plain or form POSTs), which a
    // browser sends cross-site without asking the server first. A request that carries one of our
    // credential headers is not simple: a browser preflights it, and CORS decides. So these count as
    // preflight-proof, next to Apollo's own two, and urql's default GET queries pass.
    csrfPrevention: { requestHeaders: CSRF_PREFLIGHT_HEADERS },
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false, // main.ts owns signals and drains the HTTP server itself
    formatError: facadeFormatError(logger, secrets),
    logger: {
      debug: (message: string) => logger.debug(message),
      info: (message: string) => logger.info(message),
      warn: (message: string) => logger.warn(message),
      error: (message: string) => logger.error(message),
    },
    plugins: [
      ...extraPlugins,
      // Apollo installs its cache-control plugin unless told not to; it hooks every resolved field
      // (per-field instrumentation on) to compute cache hints this API never gives. The HTTP
      // handler sends `cache-control: no-store` itself.
      ApolloServerPluginCacheControlDisabled(),
      landingPage(config),
      requireIdentityPlugin<GraphQLContext>(),
      limitsPlugin<GraphQLContext>(limits),
      argumentChecksPlugin<GraphQLContext>(),
      requestLogPlugin<GraphQLContext>(),
      {
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue }) {
              endOperation(contextValue);
            },
          };
        },
      },
      ...(metricsPlugin === undefined ? [] : [metricsPlugin]),
      ...(tracingPlugin === undefined ? [] : [tracingPlugin]),
    ],
  });
}
