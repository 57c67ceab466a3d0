/**
 * Emulator + facade wired exactly as `src/main.ts` wires them (createPortalTraffic: traffic engine
 * and the application's AppTokens), both on 127.0.0.1 port 0, with the BITRIX24_APP_* variables
 * pointing at the emulator's seeded application. Log lines are captured for assertions.
 */
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  DEFAULT_APP_CLIENT_ID,
  DEFAULT_APP_CLIENT_SECRET,
} from '../../../src/emulators/bitrix24/store/default-seed.js';
import { createFacade } from '../../../src/app/create-facade.js';
import type { RunningFacade } from '../../../src/app/facade-server.js';
import { createLogger } from '../../../src/observability/logger.js';
import { mintTestToken } from '../../support/emulator.js';

export const API_KEY = 'app-token-test-api-key-0123456789';

export interface AppHarness {
  emulator: RunningEmulator;
  facade: RunningFacade;
  /** JSON log lines the facade wrote (warn and error only) */
  logLines: string[];
  /** the refresh token the facade was configured with */
  refreshToken: string;
  close(): Promise<void>;
}

export interface AppHarnessOptions {
  mode?: 'emulator' | 'webhook';
  /** false: no BITRIX24_APP_* at all */
  app?: boolean;
  clientSecret?: string;
  /** overrides the minted refresh token (e.g. a bogus one) */
  refreshToken?: string;
  env?: Record<string, string>;
  /** the refresh backoff's clock and jitter (a fake clock: no test waits for real time) */
  appTokenClock?: { now: () => number; random: () => number };
}

export async function startAppHarness(options: AppHarnessOptions = {}): Promise<AppHarness> {
  const mode = options.mode ?? 'emulator';
  const emulator = await startEmulator({ port: 0 });
  // A token that is already expired: only its refresh token matters to the facade.
  const minted = await mintTestToken(emulator, { userId: 1, expiresInSeconds: 0 });
  const refreshToken = options.refreshToken ?? minted.refreshToken;
  const appEnv: Record<string, string> =
    options.app === false
      ? {}
      : {
          BITRIX24_APP_CLIENT_ID: DEFAULT_APP_CLIENT_ID,
          BITRIX24_APP_CLIENT_SECRET: options.clientSecret ?? DEFAULT_APP_CLIENT_SECRET,
          BITRIX24_APP_REFRESH_TOKEN: refreshToken,
          // Webhook mode has no embedded emulator to default to.
          ...(mode === 'webhook' ? { BITRIX24_OAUTH_URL: `${emulator.url}/oauth/token/` } : {}),
        };
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    ...(mode === 'webhook' ? { BITRIX24_WEBHOOK_URL: emulator.webhookUrl, FACADE_API_KEYS: API_KEY } : {}),
    ...appEnv,
    ...options.env,
  });
  const logLines: string[] = [];
  const facade = await createFacade(config, {
    logger: createLogger(config.logLevel, (line) => logLines.push(line)),
    emulatorUrl: emulator.url,
    portalTimeoutMs: 5000,
    drainTimeoutMs: 2000,
    ...(options.appTokenClock === undefined ? {} : { appTokenClock: options.appTokenClock }),
  });
  return {
    emulator,
    facade,
    logLines,
    refreshToken,
    async close() {
      await facade.close();
      await emulator.close();
    },
  };
}

/**
 * Access tokens the emulator has issued so far. Every refresh at `/oauth/token/` mints exactly one
 * (and the token endpoint has no other way to mint), so a difference counts refreshes.
 */
export function issuedTokens(emulator: RunningEmulator): Set<string> {
  return new Set(emulator.state.tokens.keys());
}

/** Expires, in the emulator, every access token issued since `before` (the app's current one). */
export function expireTokensIssuedSince(emulator: RunningEmulator, before: Set<string>): number {
  let expired = 0;
  for (const [key, token] of emulator.state.tokens) {
    if (before.has(key)) continue;
    token.expiresAt = Date.now() - 1000;
    expired += 1;
  }
  return expired;
}
