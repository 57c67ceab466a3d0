/**
 * Entry of `npm start`: config -> (embedded emulator when no portal is configured) -> server.
 * Stops with exit code 1 and one line per problem when the configuration is invalid; drains and
 * closes everything on SIGTERM/SIGINT.
 */
import 'reflect-metadata';
import { ConfigError, KNOWN_NODE_ENVS, loadConfig, type Config } from './config/config.js';
import { isAllowedRedirectTarget } from './config/portal-hosts.js';
import { startEmulator, type RunningEmulator } from './emulators/bitrix24/index.js';
import { DEFAULT_SEED } from './emulators/bitrix24/store/default-seed.js';
import { singlePortalRedirects } from './backends/bitrix24/redirect-rule.js';
import { createPortalTraffic } from './backends/bitrix24/traffic/from-config.js';
import { startFacadeServer } from './app/facade-server.js';
import type { PortalTarget } from './graphql/identity.js';
import { createLogger } from './observability/logger.js';
import { logRedirect } from './observability/redirect-log.js';
import { FacadeMetrics } from './observability/metrics/facade-metrics.js';
import { trafficObserverFor } from './observability/traffic-observers.js';

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    for (const line of error.problems) process.stderr.write(`config error: ${line}\n`);
    process.exit(1);
  }
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

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  let emulator: RunningEmulator | undefined;
  let target: PortalTarget;
  if (config.portal.mode === 'emulator') {
    emulator = await startEmulator({ port: config.portal.emulatorPort, host: '127.0.0.1' });
    target = { mode: 'emulator', portalUrl: emulator.url };
  } else if (config.portal.mode === 'oauth') {
    target = { mode: 'oauth', portalUrl: config.portal.portalUrl };
  } else if (config.portal.mode === 'multi') {
    target = { mode: 'multi', hosts: config.portal.hosts };
  } else {
    target = { mode: 'webhook', webhookUrl: config.portal.webhookUrl };
  }

  // The traffic engine (pacing, batching, retries, app token refresh) wraps the raw client. With
  // BITRIX24_APP_* set, the same AppTokens serves connector calls and OAuth-mode bots; in emulator
  // mode its token endpoint defaults to the embedded emulator's /oauth/token/.
  // GET /metrics: the engine reports to `metrics.portal` through its TrafficObserver interface.
  const metrics = config.metrics.enabled ? new FacadeMetrics() : undefined;
  const { portal, appTokens } = createPortalTraffic({
    observer: trafficObserverFor({
      ...(metrics === undefined ? {} : { metrics }),
      logger,
      logLevel: config.logLevel,
    }),
    traffic: config.traffic,
    timeoutMs: config.portalTimeoutMs,
    portalUrl: appTokenPortalUrl(target),
    // A renamed portal answers 30x. Multi-portal mode: it may only lead to another listed portal.
    // Single-portal modes: to the portal's own registrable domain (per call) or BITRIX24_REDIRECT_HOSTS.
    ...(target.mode === 'multi'
      ? { redirectAllowed: (origin: string) => isAllowedRedirectTarget(target.hosts, origin) }
      : { redirectRule: singlePortalRedirects(redirectHostsRule(config)) }),
    onRedirect: logRedirect(logger),
    ...(emulator === undefined ? {} : { emulatorUrl: emulator.url }),
    // The location names a file or a Redis key, never the token it holds.
    onTokenStoreError: (location, error) =>
      logger.warn('could not save the application token', {
        store: location,
        error: error instanceof Error ? error.name : 'Error',
      }),
  });
  metrics?.portal.watchQueue(portal);
  const facade = await startFacadeServer({
    config,
    target,
    portal,
    logger,
    ...(metrics === undefined ? {} : { metrics }),
    ...(appTokens === undefined ? {} : { appTokens }),
  });

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`facade: ${facade.graphqlUrl} (mode: ${target.mode})`);
  if (config.trustedDocuments !== undefined) {
    out(
      `trusted documents: ${config.trustedDocuments.byHash.size} operations${config.trustedDocuments.allowArbitrary ? '; other documents are allowed too (GRAPHQL_ALLOW_ARBITRARY_DOCUMENTS, the default outside production)' : ' only'}`,
    );
  }
  if (!KNOWN_NODE_ENVS.includes(config.nodeEnv)) {
    out(`NODE_ENV=${config.nodeEnv} is not development, test or production: production defaults apply`);
  }
  if (target.mode === 'multi') {
    out(
      `portals: ${target.hosts.map((host) => host.text).join(', ')} (named per request in X-Bitrix24-Domain)`,
    );
  }
  if (config.traffic.app !== undefined) {
    // The client id is public; the secret and tokens are never printed.
    out(
      `application token: client_id=${config.traffic.app.clientId} (connector calls, OAuth-mode bots; kept in ${appTokens?.storeLocation ?? 'memory'})`,
    );
  }
  if (emulator !== undefined) {
    out(`emulator: ${emulator.url}`);
    for (const token of DEFAULT_SEED.tokens ?? []) {
      out(`dev token for user ${token.userId}: Authorization: Bearer ${token.accessToken}`);
    }
  }

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`${signal} again: exiting now\n`);
      process.exit(1);
    }
    stopping = true;
    logger.info('shutting down', { signal });
    facade
      .close()
      .then(() => portal.close())
      .then(() => emulator?.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          logger.error('shutdown failed', { error: String(error) });
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
