/**
 * Builds the PortalCaller the server uses from the validated configuration: the raw client,
 * wrapped by the traffic engine, with its pacing state in Redis when REDIS_URL is set, and the
 * application's own token when the BITRIX24_APP_* variables are set. The application's rotating
 * token pair is kept in BITRIX24_APP_TOKEN_FILE when set, else in Redis when REDIS_URL is set
 * (shared by replicas, one refresh among them), else in memory.
 */
import { createPortalClient, type RedirectEvent } from '../client.js';
import type { RedirectRule } from '../redirect-rule.js';
import { appTokenKey, MemoryAppTokenStore, type AppTokenStore } from './app-token-store.js';
import { AppTokens, DEFAULT_OAUTH_URL } from './app-tokens.js';
import { FileAppTokenStore } from './file-app-token-store.js';
import { RedisAppTokenStore } from './redis-app-token-store.js';
import type { TrafficConfig } from '../../../config/traffic-config.js';
import { createTrafficEngine, type TrafficEngine } from './traffic-engine.js';
import { RedisRateStore } from './redis-rate-store.js';
import type { TrafficObserver } from './traffic-observer.js';

export interface PortalTrafficInit {
  traffic: TrafficConfig;
  timeoutMs: number;
  /** the portal origin the application token is for */
  portalUrl: string;
  /** set in emulator mode: its `/oauth/token/` is the default token endpoint */
  emulatorUrl?: string;
  /** told when saving a refreshed token pair failed (names the store, never its contents) */
  onTokenStoreError?: (location: string, error: unknown) => void;
  /** told about portal requests, pacing, retries, refusals and token refreshes (the server's /metrics) */
  observer?: TrafficObserver;
  /** multi-portal mode: where a portal's redirect may go (the allow-list), see PortalClientOptions */
  redirectAllowed?: (targetOrigin: string) => boolean;
  /** single-portal modes: the redirect rule (default: same origin or registrable domain, per call) */
  redirectRule?: RedirectRule;
  /** the clock and jitter of the application token's refresh backoff (tests inject them) */
  appTokenClock?: { now: () => number; random: () => number };
  /** told about each redirect followed or refused (origins only), for the log */
  onRedirect?: (event: RedirectEvent) => void;
}

export interface PortalTraffic {
  portal: TrafficEngine;
  /** the application's own token source, when configured */
  appTokens: AppTokens | undefined;
}

function defaultStoreError(location: string, error: unknown): void {
  const name = error instanceof Error ? error.name : 'error';
  process.stderr.write(`application token store: saving to ${location} failed (${name})\n`);
}

function createAppTokenStore(traffic: TrafficConfig, oauthUrl: string, clientId: string): AppTokenStore {
  const tokenFile = traffic.app?.tokenFile;
  if (tokenFile !== undefined) return new FileAppTokenStore(tokenFile);
  if (traffic.redisUrl !== undefined)
    return new RedisAppTokenStore({ url: traffic.redisUrl, key: appTokenKey(oauthUrl, clientId) });
  return new MemoryAppTokenStore();
}

export function createPortalTraffic(init: PortalTrafficInit): PortalTraffic {
  const { traffic } = init;
  const app = traffic.app;
  let appTokens: AppTokens | undefined;
  if (app !== undefined) {
    const oauthUrl =
      app.oauthUrl ??
      (init.emulatorUrl === undefined ? DEFAULT_OAUTH_URL : `${init.emulatorUrl}/oauth/token/`);
    appTokens = new AppTokens({
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      refreshToken: app.refreshToken,
      portalUrl: init.portalUrl,
      oauthUrl,
      timeoutMs: init.timeoutMs,
      store: createAppTokenStore(traffic, oauthUrl, app.clientId),
      onStoreError: init.onTokenStoreError ?? defaultStoreError,
      ...(init.observer === undefined ? {} : { observer: init.observer }),
      ...(init.appTokenClock === undefined ? {} : init.appTokenClock),
    });
  }
  const client = createPortalClient({
    timeoutMs: init.timeoutMs,
    ...(init.redirectAllowed === undefined ? {} : { redirectAllowed: init.redirectAllowed }),
    ...(init.redirectRule === undefined ? {} : { redirectRule: init.redirectRule }),
    ...(init.onRedirect === undefined ? {} : { onRedirect: init.onRedirect }),
  });
  const engine = createTrafficEngine(client, {
    options: traffic.options,
    ...(traffic.redisUrl === undefined ? {} : { store: new RedisRateStore({ url: traffic.redisUrl }) }),
    ...(appTokens === undefined ? {} : { appTokens }),
    ...(init.observer === undefined ? {} : { observer: init.observer }),
  });
  const tokens = appTokens;
  // Closing the engine also closes the token store's connection (Redis).
  const portal: TrafficEngine =
    tokens === undefined ? engine : { ...engine, close: () => engine.close().finally(() => tokens.close()) };
  return { portal, appTokens };
}
