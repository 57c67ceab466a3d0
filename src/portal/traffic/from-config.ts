/**
 * Builds the PortalCaller the server uses from the validated configuration: the raw client,
 * wrapped by the traffic engine, with its pacing state in Redis when REDIS_URL is set, and the
 * application's own token when the BITRIX24_APP_* variables are set.
 */
import { createPortalClient } from '../client.js';
import { AppTokens, DEFAULT_OAUTH_URL } from './app-tokens.js';
import type { TrafficConfig } from './traffic-config.js';
import { createTrafficEngine, type TrafficEngine } from './traffic-engine.js';
import { RedisRateStore } from './redis-rate-store.js';

export interface PortalTrafficInit {
  traffic: TrafficConfig;
  timeoutMs: number;
  /** the portal origin the application token is for */
  portalUrl: string;
  /** set in emulator mode: its `/oauth/token/` is the default token endpoint */
  emulatorUrl?: string;
}

export interface PortalTraffic {
  portal: TrafficEngine;
  /** the application's own token source, when configured */
  appTokens: AppTokens | undefined;
}

export function createPortalTraffic(init: PortalTrafficInit): PortalTraffic {
  const { traffic } = init;
  const app = traffic.app;
  const appTokens =
    app === undefined
      ? undefined
      : new AppTokens({
          clientId: app.clientId,
          clientSecret: app.clientSecret,
          refreshToken: app.refreshToken,
          portalUrl: init.portalUrl,
          oauthUrl:
            app.oauthUrl ??
            (init.emulatorUrl === undefined ? DEFAULT_OAUTH_URL : `${init.emulatorUrl}/oauth/token/`),
          timeoutMs: init.timeoutMs,
        });
  const portal = createTrafficEngine(createPortalClient({ timeoutMs: init.timeoutMs }), {
    options: traffic.options,
    ...(traffic.redisUrl === undefined ? {} : { store: new RedisRateStore({ url: traffic.redisUrl }) }),
    ...(appTokens === undefined ? {} : { appTokens }),
  });
  return { portal, appTokens };
}
