/**
 * The traffic engine's environment variables (read by `loadConfig`). Defaults are a standard
 * cloud plan; an Enterprise portal sets PORTAL_RATE_BURST=250 and PORTAL_RATE_DRAIN_PER_SECOND=5.
 *
 * | variable                        | default | meaning                                             |
 * |---------------------------------|---------|-----------------------------------------------------|
 * | PORTAL_PACING                   | true    | mirror the portal's limits and queue calls          |
 * | PORTAL_RATE_BURST               | 50      | leaky bucket threshold X (docs/bitrix24-contract.md §4.1)                     |
 * | PORTAL_RATE_DRAIN_PER_SECOND    | 2       | leaky bucket drain Y (docs/bitrix24-contract.md §4.1)                         |
 * | PORTAL_RATE_SAFETY_MARGIN       | 2       | requests kept in reserve for other clients          |
 * | PORTAL_MAX_WAIT_MS              | 5000    | longer waits fail at once with RATE_LIMITED         |
 * | PORTAL_MAX_QUEUE                | 2000    | more waiting calls are refused with RATE_LIMITED    |
 * | PORTAL_OPERATING_LIMIT_SECONDS  | 480     | per-method run-time budget (docs/bitrix24-contract.md §4.2)                   |
 * | PORTAL_BATCHING                 | true    | coalesce concurrent calls into `batch`              |
 * | PORTAL_BATCH_WINDOW_MS          | 5       | how long a call waits for companions                |
 * | PORTAL_RETRY_MAX_ATTEMPTS       | 4       | attempts for 5xx/timeouts/resets                    |
 * | PORTAL_RETRY_MAX_TIME_MS        | 30000   | no retry starts after this                          |
 * | REDIS_URL                       | —       | share pacing state between replicas                 |
 * | BITRIX24_APP_CLIENT_ID / _CLIENT_SECRET / _REFRESH_TOKEN | — | the application's own token (all three) |
 * | BITRIX24_OAUTH_URL              | oauth.bitrix.info (emulator: its /oauth/token/) | token endpoint |
 * | BITRIX24_APP_TOKEN_FILE         | —       | keep the rotated app token pair in this file (0600) |
 *
 * The application's refresh token rotates on every refresh, so the pair is kept in a store: in
 * BITRIX24_APP_TOKEN_FILE when set, else in Redis when REDIS_URL is set (shared by replicas), else
 * in memory only. BITRIX24_APP_REFRESH_TOKEN is the seed; a stored pair rotated from it wins.
 */
import { readBoolean, readInteger, readString, type Env, type ProblemList } from './env-readers.js';
import { checkAppTokenFile } from './app-token-file.js';
import { resolveTrafficOptions, type TrafficOptions } from './traffic-options.js';

export interface AppCredentialsConfig {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly refreshToken: string;
  /** undefined: https://oauth.bitrix.info/oauth/token/, or the embedded emulator's endpoint */
  readonly oauthUrl: string | undefined;
  /** BITRIX24_APP_TOKEN_FILE: where the rotated pair is kept (checked readable and writable) */
  readonly tokenFile: string | undefined;
}

export interface TrafficConfig {
  readonly options: TrafficOptions;
  readonly redisUrl: string | undefined;
  readonly app: AppCredentialsConfig | undefined;
}

function readRedisUrl(env: Env, problems: ProblemList): string | undefined {
  const raw = readString(env, 'REDIS_URL');
  if (raw === undefined) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:')
      problems.add('REDIS_URL must start with redis:// or rediss://');
  } catch {
    problems.add('REDIS_URL is not a valid URL');
  }
  return raw;
}

function readApp(env: Env, problems: ProblemList): AppCredentialsConfig | undefined {
  const clientId = readString(env, 'BITRIX24_APP_CLIENT_ID');
  const clientSecret = readString(env, 'BITRIX24_APP_CLIENT_SECRET');
  const refreshToken = readString(env, 'BITRIX24_APP_REFRESH_TOKEN');
  const oauthUrl = readString(env, 'BITRIX24_OAUTH_URL');
  const tokenFile = readString(env, 'BITRIX24_APP_TOKEN_FILE');
  const given = [clientId, clientSecret, refreshToken].filter((v) => v !== undefined).length;
  if (given === 0) {
    for (const [name, value] of [
      ['BITRIX24_OAUTH_URL', oauthUrl],
      ['BITRIX24_APP_TOKEN_FILE', tokenFile],
    ] as const) {
      if (value !== undefined)
        problems.add(`${name} needs BITRIX24_APP_CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN`);
    }
    return undefined;
  }
  if (clientId === undefined || clientSecret === undefined || refreshToken === undefined) {
    problems.add(
      'BITRIX24_APP_CLIENT_ID, BITRIX24_APP_CLIENT_SECRET and BITRIX24_APP_REFRESH_TOKEN go together',
    );
    return undefined;
  }
  if (oauthUrl !== undefined) {
    try {
      const url = new URL(oauthUrl);
      const loopback = /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(url.hostname);
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
        problems.add('BITRIX24_OAUTH_URL must use https (plain http is accepted only for loopback hosts)');
      }
    } catch {
      problems.add('BITRIX24_OAUTH_URL is not a valid URL');
    }
  }
  if (tokenFile !== undefined) {
    const problem = checkAppTokenFile(tokenFile);
    if (problem !== undefined) problems.add(problem);
  }
  return { clientId, clientSecret, refreshToken, oauthUrl, tokenFile };
}

export function readTrafficConfig(env: Env, problems: ProblemList): TrafficConfig {
  const int = (name: string, fallback: number, min: number, max: number) =>
    readInteger(env, name, fallback, { min, max }, problems);
  const burst = int('PORTAL_RATE_BURST', 50, 1, 100_000);
  const safetyMargin = int('PORTAL_RATE_SAFETY_MARGIN', 2, 0, 100_000);
  if (safetyMargin >= burst) problems.add('PORTAL_RATE_SAFETY_MARGIN must be smaller than PORTAL_RATE_BURST');
  const options = resolveTrafficOptions({
    pacing: {
      enabled: readBoolean(env, 'PORTAL_PACING', true, problems),
      burst,
      drainPerSecond: int('PORTAL_RATE_DRAIN_PER_SECOND', 2, 1, 10_000),
      safetyMargin: safetyMargin >= burst ? 0 : safetyMargin,
      maxWaitMs: int('PORTAL_MAX_WAIT_MS', 5_000, 0, 600_000),
      maxQueue: int('PORTAL_MAX_QUEUE', 2000, 1, 1_000_000),
      operatingLimitSeconds: int('PORTAL_OPERATING_LIMIT_SECONDS', 480, 1, 86_400),
    },
    batching: {
      enabled: readBoolean(env, 'PORTAL_BATCHING', true, problems),
      windowMs: int('PORTAL_BATCH_WINDOW_MS', 5, 0, 1000),
    },
    retry: {
      maxAttempts: int('PORTAL_RETRY_MAX_ATTEMPTS', 4, 1, 20),
      maxElapsedMs: int('PORTAL_RETRY_MAX_TIME_MS', 30_000, 0, 600_000),
    },
  });
  return { options, redisUrl: readRedisUrl(env, problems), app: readApp(env, problems) };
}
