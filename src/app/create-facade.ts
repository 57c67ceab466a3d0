/**
 * The composition root: one place that turns a validated Config into a running facade. main.ts,
 * the integration-test harnesses and the benchmarks all start the facade through here, so what a
 * test exercises is what production runs (the same traffic engine, observers, redirect rules and
 * application token wiring). `deps` only replaces what a test must control.
 */
import type { Config } from '../config/config.js';
import { isAllowedRedirectTarget } from '../config/portal-hosts.js';
import { startEmulator, type RunningEmulator } from '../emulators/bitrix24/index.js';
import { createPortalClient } from '../backends/bitrix24/client.js';
import type { PortalCaller } from '../backends/bitrix24/portal-caller.js';
import { singlePortalRedirects } from '../backends/bitrix24/redirect-rule.js';
import { createPortalTraffic } from '../backends/bitrix24/traffic/from-config.js';
import type { AppTokens } from '../backends/bitrix24/traffic/app-tokens.js';
import type { PortalTarget } from '../graphql/identity.js';
import { createLogger, type Logger } from '../observability/logger.js';
import { FacadeMetrics } from '../observability/metrics/facade-metrics.js';
import { logRedirect } from '../observability/redirect-log.js';
import { trafficObserverFor } from '../observability/traffic-observers.js';
import { startTracingFromEnv, type Tracing } from '../observability/tracing/tracing.js';
import { startFacadeServer, type RunningFacade } from './facade-server.js';
import type { TelegramAccess } from '../backends/telegram/access/telegram-access.port.js';
import { startTelegramRuntime, type TelegramRuntime } from './telegram-runtime.js';

export interface FacadeDeps {
  /** Default: a logger at config.logLevel writing to stdout. */
  logger?: Logger;
  /**
   * Emulator mode: the emulator to talk to. Without it the root starts the embedded one on
   * config.portal.emulatorPort (and stops it on close).
   */
  emulatorUrl?: string;
  /**
   * false: the bare REST client without the traffic engine (no pacing, batching or retries), for
   * tests that observe single requests. Default: the engine, as in production.
   */
  traffic?: boolean;
  /** Default: config.portalTimeoutMs. */
  portalTimeoutMs?: number;
  /** Metrics shared with the caller (a test reads them). Default: made here when METRICS_ENABLED. */
  metrics?: FacadeMetrics;
  /**
   * Tracing made by the caller (a test's in-memory exporter); the caller shuts it down. Default: on
   * when OTEL_EXPORTER_OTLP_ENDPOINT is set (then no OpenTelemetry code is even loaded otherwise).
   */
  tracing?: Tracing;
  /** The application token's refresh clock (tests of the backoff). */
  appTokenClock?: { now: () => number; random: () => number };
  /** How long close() waits for requests in flight. */
  drainTimeoutMs?: number;
  /** Telegram polls through these linked sessions (the caller keeps and closes it). */
  telegram?: TelegramAccess;
}

export interface Facade extends RunningFacade {
  target: PortalTarget;
  /** The embedded emulator this root started (emulator mode without deps.emulatorUrl). */
  emulator?: RunningEmulator;
  appTokens?: AppTokens;
  /** Tracing, when on. */
  tracing?: Tracing;
  /**
   * Telegram as this facade runs it: in emulator mode `emulator` is the embedded Telegram server
   * (port, control API) and `devSessions` says which bearer token acts as which seeded session.
   */
  telegram: Omit<TelegramRuntime, 'close'>;
}

/** The portal an application token would be for; multi-portal mode has none (loadConfig refuses BITRIX24_APP_*). */
function appTokenPortalUrl(target: PortalTarget): string {
  if (target.mode === 'webhook') return new URL(target.webhookUrl).origin;
  return target.mode === 'multi' ? 'https://no-application-token.invalid' : target.portalUrl;
}

/** BITRIX24_REDIRECT_HOSTS as a predicate (by the multi-portal matcher), when set. */
function redirectHostsRule(config: Config): ((origin: string) => boolean) | undefined {
  const hosts = config.redirectHosts;
  return hosts.length === 0 ? undefined : (origin) => isAllowedRedirectTarget(hosts, origin);
}

export async function createFacade(config: Config, deps: FacadeDeps = {}): Promise<Facade> {
  const logger = deps.logger ?? createLogger(config.logLevel);
  let emulator: RunningEmulator | undefined;
  let target: PortalTarget;
  if (config.portal.mode === 'emulator') {
    let portalUrl = deps.emulatorUrl;
    if (portalUrl === undefined) {
      emulator = await startEmulator({ port: config.portal.emulatorPort, host: '127.0.0.1' });
      portalUrl = emulator.url;
    }
    target = { mode: 'emulator', portalUrl };
  } else if (config.portal.mode === 'oauth') {
    target = { mode: 'oauth', portalUrl: config.portal.portalUrl };
  } else if (config.portal.mode === 'multi') {
    target = { mode: 'multi', hosts: config.portal.hosts };
  } else {
    target = { mode: 'webhook', webhookUrl: config.portal.webhookUrl };
  }
  const emulatorUrl = target.mode === 'emulator' ? target.portalUrl : undefined;
  const timeoutMs = deps.portalTimeoutMs ?? config.portalTimeoutMs;
  const metrics = config.metrics.enabled ? (deps.metrics ?? new FacadeMetrics()) : undefined;
  const ownTracing = deps.tracing === undefined ? await startTracingFromEnv(process.env) : undefined;
  const tracing = deps.tracing ?? ownTracing;

  // The traffic engine (pacing, batching, retries, app token refresh) wraps the raw client. With
  // BITRIX24_APP_* set, the same AppTokens serves connector calls and OAuth-mode bots; in emulator
  // mode its token endpoint defaults to the emulator's /oauth/token/.
  // GET /metrics: the engine reports to `metrics.portal` through its TrafficObserver interface.
  let portal: PortalCaller & { close(): Promise<void> | void };
  let appTokens: AppTokens | undefined;
  if (deps.traffic === false) {
    portal = Object.assign(createPortalClient({ timeoutMs }), { close: () => undefined });
  } else {
    const traffic = createPortalTraffic({
      observer: trafficObserverFor({
        ...(metrics === undefined ? {} : { metrics }),
        logger,
        logLevel: config.logLevel,
        ...(tracing === undefined ? {} : { tracing: tracing.observer }),
      }),
      traffic: config.traffic,
      timeoutMs,
      portalUrl: appTokenPortalUrl(target),
      // A renamed portal answers 30x. Multi-portal mode: it may only lead to another listed portal.
      // Single-portal modes: to the portal's own registrable domain (per call) or BITRIX24_REDIRECT_HOSTS.
      ...(target.mode === 'multi'
        ? { redirectAllowed: (origin: string) => isAllowedRedirectTarget(target.hosts, origin) }
        : { redirectRule: singlePortalRedirects(redirectHostsRule(config)) }),
      onRedirect: logRedirect(logger),
      ...(emulatorUrl === undefined ? {} : { emulatorUrl }),
      ...(deps.appTokenClock === undefined ? {} : { appTokenClock: deps.appTokenClock }),
      // The location names a file or a Redis key, never the token it holds.
      onTokenStoreError: (location, error) =>
        logger.warn('could not save the application token', {
          store: location,
          error: error instanceof Error ? error.name : 'Error',
        }),
    });
    metrics?.portal.watchQueue(traffic.portal);
    portal = traffic.portal;
    appTokens = traffic.appTokens;
  }

  // A test may bring its own Telegram access (over its own server); otherwise emulator mode starts
  // the embedded Telegram server and real mode connects the stored sessions.
  const telegram: TelegramRuntime =
    deps.telegram === undefined
      ? await startTelegramRuntime(config, target)
      : { access: deps.telegram, close: async () => undefined };
  let server: RunningFacade;
  try {
    server = await startFacadeServer({
      config,
      target,
      portal,
      logger,
      ...(metrics === undefined ? {} : { metrics }),
      ...(appTokens === undefined ? {} : { appTokens }),
      ...(tracing === undefined ? {} : { tracing }),
      ...(deps.drainTimeoutMs === undefined ? {} : { drainTimeoutMs: deps.drainTimeoutMs }),
      ...(telegram.access === undefined ? {} : { telegram: telegram.access }),
    });
  } catch (error) {
    await telegram.close();
    throw error;
  }

  let closing: Promise<void> | undefined;
  return {
    ...server,
    target,
    ...(emulator === undefined ? {} : { emulator }),
    ...(appTokens === undefined ? {} : { appTokens }),
    ...(tracing === undefined ? {} : { tracing }),
    telegram: {
      ...(telegram.access === undefined ? {} : { access: telegram.access }),
      ...(telegram.emulator === undefined ? {} : { emulator: telegram.emulator }),
      ...(telegram.devSessions === undefined ? {} : { devSessions: telegram.devSessions }),
    },
    close() {
      closing ??= (async () => {
        await server.close();
        await telegram.close();
        await portal.close();
        await ownTracing?.shutdown(); // sends the spans still buffered
        await emulator?.close();
      })();
      return closing;
    },
  };
}
