/**
 * The facade's HTTP server: `POST|GET /graphql` (Apollo), `GET /health` (portal reachability, as
 * it always was), `GET /health/live` (liveness), `GET /health/ready` (readiness: portal and
 * Redis), `GET /metrics`, and graceful close.
 * Everything it needs is passed in, so tests start it exactly as `main.ts` does.
 */
import { randomUUID } from 'node:crypto';
import { applyCors } from '../http/cors.js';
import { botConfigSecrets } from '../config/bot-config.js';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { credentialSecrets } from '../backends/bitrix24/credential.js';
import type { PortalCaller } from '../backends/bitrix24/portal-caller.js';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createApollo, facadeFormatError } from './apollo.js';
import { startGraphQLWs, type GraphQLWsServer } from '../http/graphql-ws.js';
import { createLiveBus, NO_POLL_WATCH, PollResultsHub, type PollWatch } from '../live/index.js';
import type { BackendFactory } from '../graphql/backend-registry.js';
import { Bitrix24PollWatcher } from '../backends/bitrix24/live/poll-watcher.js';
import { RedisWatchCoordinator } from '../backends/bitrix24/live/watch-coordinator.js';
import { TelegramPollWatcher } from '../backends/telegram/live/poll-watcher.telegram.js';
import { routePollWatch } from './poll-watch.routing.js';
import { telegramLinkKey } from './telegram-link-key.js';
import { createBackendFactories } from './backends.js';
import type { TelegramAccess } from '../backends/telegram/access/telegram-access.port.js';
import { createNodeRefetchers } from './nodes.js';
import { createSharedState } from './shared-state.js';
import { AppTokenFailures, type AppCredentialSource } from '../graphql/app-credential.js';
import { createRequestContext, requestRecordOf, type RequestRecord } from '../graphql/create-context.js';
import { healthCheckFor, type HealthCheck } from '../graphql/portal-health.js';
import { handleGraphQL } from '../http/graphql-handler.js';
import { sendJson } from '../http/respond.js';
import type { PortalTarget } from '../graphql/identity.js';
import {
  noPortalNamed,
  perPortalHealthChecks,
  type MultiPortalSummary,
} from '../http/multi-portal-health.js';
import type { Logger } from '../observability/logger.js';
import { buildFacadeSchema } from './schema.js';
import type { GraphQLContext } from '../graphql/context.js';
import { FacadeMetrics } from '../observability/metrics/facade-metrics.js';
import { serveMetrics } from '../http/metrics-endpoint.js';
import { requestScope } from '../observability/request-scope.js';
import { createRedisProbe } from '../http/redis-probe.js';
import type { Tracing } from '../observability/tracing/tracing.js';

export interface FacadeServerOptions {
  config: Config;
  target: PortalTarget;
  portal: PortalCaller;
  logger: Logger;
  /**
   * The application's own token (AppTokens from `createPortalTraffic`, which also hands it to the
   * traffic engine for the refresh on `expired_token`). Without it connector calls use the caller's
   * OAuth token, or are refused in webhook mode.
   */
  appTokens?: AppCredentialSource;
  /** Defaults to the probe for `target`. */
  health?: HealthCheck;
  /** The live-results change source for polls the upstream does not push (the Bitrix24 watcher). */
  pollWatch?: BackendFactory<PollWatch>;
  /** How long close() waits for requests in flight before cutting connections. */
  drainTimeoutMs?: number;
  /**
   * The metrics GET /metrics shows (main.ts shares them with the traffic engine). Without them the
   * server makes its own (GraphQL and process only) unless METRICS_ENABLED=false.
   */
  metrics?: FacadeMetrics;
  /**
   * Tracing, when on (startTracing): the operation span plugin and the portal-call spans. Its
   * `observer` goes to the traffic engine (trafficObserverFor) for batch spans and retries.
   */
  tracing?: Tracing;
  /** Telegram for the poll backend (absent: Telegram is off). */
  telegram?: TelegramAccess;
}

export interface RunningFacade {
  /** `http://host:port` */
  url: string;
  /** `${url}/graphql` */
  graphqlUrl: string;
  port: number;
  /** Live results of this process: subscriptions, sockets, events published. */
  live: {
    hub: PollResultsHub;
    sockets: GraphQLWsServer['stats'];
    watcher: Bitrix24PollWatcher;
    /** Present when Telegram is on. */
    telegramWatcher?: TelegramPollWatcher;
  };
  close(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Codes that mean the portal (not the caller, not us) failed the request: logged as warnings. */
const PORTAL_OUTAGE_CODES = new Set(['PORTAL_UNAVAILABLE', 'OUTCOME_UNKNOWN', 'RATE_LIMITED']);

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

function secretsOf(options: FacadeServerOptions): string[] {
  const { target, config } = options;
  const webhook =
    target.mode === 'webhook' ? credentialSecrets({ kind: 'webhook', webhookUrl: target.webhookUrl }) : [];
  // The app's client secret and its first refresh token; later tokens are scrubbed where they occur.
  const app = config.traffic.app;
  const appSecrets = app === undefined ? [] : [app.clientSecret, app.refreshToken];
  // The Telegram app's api_hash; session strings never reach a log path (the access keeps them).
  const telegram = config.telegram.mode === 'real' ? [config.telegram.apiHash] : [];
  return [...webhook, ...config.apiKeys, ...botConfigSecrets(config.bots), ...appSecrets, ...telegram];
}

export async function startFacadeServer(options: FacadeServerOptions): Promise<RunningFacade> {
  const { config, logger, target } = options;
  // Multi-portal: no shared portal to probe; Query.portal probes the request's portal.
  const health = options.health ?? (target.mode === 'multi' ? noPortalNamed : healthCheckFor(target));
  const multiPortal: MultiPortalSummary | undefined =
    target.mode === 'multi' ? { mode: 'multi', hosts: target.hosts.length } : undefined;
  const metrics = config.metrics.enabled ? (options.metrics ?? new FacadeMetrics()) : undefined;
  const redisUrl = config.traffic.redisUrl;
  const redis = redisUrl === undefined ? undefined : createRedisProbe(redisUrl);
  // Created before Apollo so that Apollo's drain plugin can own the graceful close; requests are
  // only routed once listen() below has run, after Apollo started.
  const { http } = config;
  const server: Server = createServer({
    keepAliveTimeout: http.keepAliveTimeoutMs,
    headersTimeout: http.headersTimeoutMs,
    requestTimeout: http.requestTimeoutMs,
    // How often Node looks for requests past these timeouts (its default is 30 s).
    connectionsCheckingInterval: Math.min(1000, http.headersTimeoutMs),
  });
  const schema = await buildFacadeSchema();
  const secrets = secretsOf(options);
  // Live results: the event bus (Redis pub/sub across replicas with REDIS_URL) and this process's hub.
  const bus = createLiveBus(redisUrl);
  // The watchers take the changes made here as their baseline (the closure runs only after start-up).
  const hub = new PollResultsHub(bus, (pollId, poll) => {
    watcher.observed(pollId, poll);
    telegramWatcher?.observed(pollId, poll);
  });
  // The Bitrix24 watcher reads through the traffic engine's background class (see poll-watcher.ts).
  const watcher = new Bitrix24PollWatcher(
    options.portal,
    (pollId, poll) => hub.publish({ pollId, poll, source: 'WATCHER' }),
    {
      intervalMs: config.live.watchIntervalMs,
      maxIntervalMs: config.live.watchMaxIntervalMs,
      reserve: config.live.watchReserve,
      // Replicas: one watcher among them (a lease in Redis). It outlives three of the slowest ticks
      // and a stalled event loop (a replica building its schema), so it changes hands only when
      // its holder is gone.
      ...(redisUrl === undefined
        ? {}
        : {
            coordinator: new RedisWatchCoordinator(
              redisUrl,
              Math.max(10_000, 3 * config.live.watchMaxIntervalMs),
            ),
          }),
    },
  );
  if (redisUrl !== undefined) watcher.start();
  // Telegram pushes its changes (updateMessagePoll): listened for on the subscriber's own session.
  const telegramWatcher =
    options.telegram === undefined
      ? undefined
      : new TelegramPollWatcher(options.telegram, (pollId, poll) =>
          hub.publish({ pollId, poll, source: 'WATCHER' }),
        );
  const pollWatch =
    options.pollWatch ??
    ((ctx) =>
      routePollWatch({
        bitrix24: watcher.forCaller(ctx.identity.credential),
        telegram: telegramWatcher?.forLink(telegramLinkKey(ctx.identity)) ?? NO_POLL_WATCH,
      }));
  const appTokenFailures = new AppTokenFailures(logger);
  const state = createSharedState(config);
  const traced = options.tracing?.wrapPortal(options.portal) ?? options.portal;
  const deps = {
    config,
    // A refused refresh of the app's token mid-call surfaces as the typed error, not as a portal error.
    portal: options.appTokens === undefined ? traced : appTokenFailures.wrap(traced),
    health,
    ...(target.mode === 'multi' ? { portalHealth: perPortalHealthChecks() } : {}),
    identity: { target, apiKeys: config.apiKeys, allowAnonymous: config.allowAnonymous },
    backends: createBackendFactories({
      live: { hub, watch: pollWatch },
      ...(options.telegram === undefined ? {} : { telegram: options.telegram }),
    }),
    nodes: createNodeRefetchers(),
    state,
    ...(options.appTokens === undefined ? {} : { appCredentials: options.appTokens, appTokenFailures }),
  };
  // Subscriptions: graphql-ws on the same server, port and path (/graphql).
  const ws = startGraphQLWs({
    server,
    schema,
    deps,
    limits: config.limits,
    live: config.live,
    logger,
    formatError: facadeFormatError(logger, secrets),
  });
  metrics?.live.attach({
    sockets: () => ws.stats.connections,
    subscriptions: () => hub.stats.subscriptions,
    watched: () => ({ bitrix24: watcher.size, telegram: telegramWatcher?.size ?? 0 }),
    watcherReads: () => watcher.stats.requests,
    backgroundDeferred: () => watcher.stats.deferred,
    delivered: () => hub.stats.delivered,
    telegramUpdates: () => telegramWatcher?.stats.received ?? 0,
  });
  const apollo = createApollo({
    schema,
    config,
    logger,
    secrets,
    ...(metrics === undefined
      ? {}
      : { metricsPlugin: metrics.graphql.plugin<GraphQLContext>(requestRecordOf) }),
    // close() = apollo.stop(): stop accepting, end idle keep-alive connections, let requests in
    // flight finish, cut what is left after the drain timeout (Apollo's plugin, not our own copy).
    extraPlugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: options.drainTimeoutMs ?? 10_000,
      }),
      // Apollo's recipe for graphql-ws: close the sockets (1001) when the server drains.
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await ws.dispose();
            },
          };
        },
      },
    ],
    ...(options.tracing === undefined ? {} : { tracingPlugin: options.tracing.plugin }),
  });
  await apollo.start();

  async function route(req: IncomingMessage, res: ServerResponse, record: RequestRecord): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://facade.invalid');
    if (applyCors(req, res, config.corsOrigins)) return;
    if (url.pathname === '/graphql') {
      await handleGraphQL(req, res, url, {
        apollo,
        maxBodyBytes: config.limits.maxBodyBytes,
        ...(config.trustedDocuments === undefined ? {} : { trustedDocuments: config.trustedDocuments }),
        context: async (headers) => {
          try {
            return createRequestContext(deps, headers, record);
          } catch (error) {
            const code = (error as { extensions?: { code?: unknown } }).extensions?.code;
            if (typeof code === 'string') record.errorCodes.push(code);
            throw error;
          }
        },
      });
      return;
    }
    if (url.pathname === '/health/live' && (req.method === 'GET' || req.method === 'HEAD')) {
      // Liveness: the process answers. Never depends on the portal or Redis, so an outage of
      // either does not make an orchestrator restart healthy replicas.
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname === '/health/ready' && (req.method === 'GET' || req.method === 'HEAD')) {
      // Readiness: the portal (not probed in multi-portal mode: there is no one portal) and Redis answer.
      const [portal, redisOk] = await Promise.all([
        multiPortal === undefined ? health.check() : undefined,
        redis?.check(),
      ]);
      const ready = portal?.reachable !== false && redisOk !== false;
      sendJson(res, ready ? 200 : 503, {
        status: ready ? 'ok' : 'not_ready',
        portal: portal ?? multiPortal,
        ...(redisOk === undefined ? {} : { redis: { reachable: redisOk } }),
      });
      return;
    }
    if (url.pathname === '/health' && (req.method === 'GET' || req.method === 'HEAD')) {
      if (multiPortal !== undefined) {
        sendJson(res, 200, { status: 'ok', portal: multiPortal });
        return;
      }
      const portal = await health.check();
      sendJson(res, portal.reachable ? 200 : 503, { status: portal.reachable ? 'ok' : 'degraded', portal });
      return;
    }
    if (url.pathname === '/' && (req.method === 'GET' || req.method === 'HEAD')) {
      // Someone opened the bare address in a browser: the API (and Sandbox) live at /graphql.
      res.statusCode = 302;
      res.setHeader('location', '/graphql');
      res.end();
      return;
    }
    if (url.pathname === '/metrics' && metrics !== undefined) {
      await serveMetrics(req, res, { token: config.metrics.token, render: () => metrics.render() });
      return;
    }
    sendJson(res, 404, {
      error: 'not found',
      paths: ['/graphql', '/health', '/health/live', '/health/ready'],
    });
  }

  let closing: Promise<void> | undefined;
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const record: RequestRecord = { requestId: requestIdOf(req), errorCodes: [] };
    res.setHeader('x-request-id', record.requestId);
    res.on('finish', () => {
      const path = (req.url ?? '/').split('?')[0];
      const line = {
        requestId: record.requestId,
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Math.round(performance.now() - started),
        operation: record.operationName,
        subject: record.subject,
        errors: record.errorCodes.length > 0 ? record.errorCodes : undefined,
        userError: record.userErrorCode,
      };
      if (path === '/graphql')
        metrics?.graphql.finish(record, res.statusCode, (performance.now() - started) / 1000);
      if (path?.startsWith('/health') || path === '/metrics') logger.debug('request', line);
      else if (record.errorCodes.includes('INTERNAL_SERVER_ERROR')) logger.error('request', line);
      else if (record.errorCodes.some((code) => PORTAL_OUTAGE_CODES.has(code)))
        // One warning per request, naming what the portal answered (method, code, HTTP status).
        logger.warn('request met a portal failure', { ...line, portal: record.portalFailure });
      else logger.info('request', line);
    });
    requestScope
      .run(record, () => route(req, res, record))
      .catch((error: unknown) => {
        logger.error('request failed', {
          requestId: record.requestId,
          error: String((error as Error)?.name ?? error),
        });
        if (!res.headersSent) {
          sendJson(res, 500, {
            errors: [{ message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
          });
        } else res.end();
      });
  });

  server.maxConnections = http.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host}:${port}`;

  async function close(): Promise<void> {
    closing ??= (async () => {
      await apollo.stop();
      await watcher.close();
      telegramWatcher?.close();
      await bus.close();
      await redis?.close();
      await state.close();
      metrics?.close();
    })();
    return closing;
  }

  return {
    url,
    graphqlUrl: `${url}/graphql`,
    port,
    live: { hub, sockets: ws.stats, watcher, ...(telegramWatcher === undefined ? {} : { telegramWatcher }) },
    close,
  };
}
