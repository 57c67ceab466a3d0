/**
 * Environment -> one typed, validated Config. Every problem is collected (one line each, naming
 * the variable but never echoing its value) so an operator fixes them all in one go; `main.ts`
 * prints them and exits with code 1.
 */
import { readLiveConfig, type LiveConfig } from './live-config.js';
import { ProblemList, readBoolean, readChoice, readInteger, readString, type Env } from './env-readers.js';
import { parseOAuthPortalUrl, parseWebhookUrl } from './portal-urls.js';
import { readPortalHostPatterns, type PortalHostPattern } from './portal-hosts.js';
import { readBotConfig, type BotConfig } from './bot-config.js';
import { readTrafficConfig, type TrafficConfig } from './traffic-config.js';
import { readMetricsConfig, type MetricsConfig } from './metrics-config.js';
import { readHttpServerConfig, type HttpServerConfig } from './http-config.js';
import { readTrustedDocuments, type TrustedDocuments } from './trusted-documents-file.js';
import { readTelegramConfig, type TelegramConfig } from './telegram-config.js';

/**
 * NODE_ENV as given (lower-cased; `development` when unset). Any value is accepted: `development`
 * and `test` get the developer defaults, everything else (`production`, `staging`, ...) the
 * production ones, so a deployment never gets open introspection or CORS by a naming accident.
 */
export type NodeEnv = string;

/** The NODE_ENV values the facade knows by name; main.ts says so at start for any other one. */
export const KNOWN_NODE_ENVS: readonly string[] = ['development', 'production', 'test'];
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
export type LandingPage = 'sandbox' | 'production' | 'off';

/**
 * Where portal calls go. `emulator`: nothing configured, `main.ts` starts the embedded one.
 * `multi`: OAuth on any portal of the BITRIX24_PORTAL_HOSTS allow-list, named per request.
 */
export type PortalConfig =
  | { readonly mode: 'oauth'; readonly portalUrl: string }
  | { readonly mode: 'multi'; readonly hosts: readonly PortalHostPattern[] }
  | { readonly mode: 'webhook'; readonly webhookUrl: string }
  | { readonly mode: 'emulator'; readonly emulatorPort: number };

export interface GraphQLLimits {
  readonly maxDepth: number;
  readonly maxCost: number;
  /** Multiplier for a list field that has no `first`/`last`/`limit` argument. */
  readonly defaultListSize: number;
  readonly maxBodyBytes: number;
  /** Aliased fields per document (each alias can repeat a whole selection). */
  readonly maxAliases: number;
  /** Lexical tokens per document (graphql-js `maxTokens`: parsing stops there). */
  readonly maxTokens: number;
  /** Portal calls one operation may cause (counted where the calls are made). */
  readonly maxPortalCalls: number;
  /** One deadline for the whole operation, shared by all its portal calls and their retries. */
  readonly operationTimeoutMs: number;
  /** Bytes of parsed documents Apollo keeps (its document cache). */
  readonly documentCacheBytes: number;
  /** Bytes of automatic persisted query texts Apollo keeps. */
  readonly apqCacheBytes: number;
}

export interface Config {
  readonly nodeEnv: NodeEnv;
  /** Production defaults apply: NODE_ENV is anything but `development` or `test`. */
  readonly production: boolean;
  readonly port: number;
  readonly host: string;
  readonly portal: PortalConfig;
  /** Keys callers present in webhook mode (`Authorization: Bearer` or `X-Api-Key`). */
  readonly apiKeys: readonly string[];
  /** Webhook mode only: a request without any key is accepted. */
  readonly allowAnonymous: boolean;
  readonly portalTimeoutMs: number;
  readonly limits: GraphQLLimits;
  readonly introspection: boolean;
  readonly landingPage: LandingPage;
  readonly logLevel: LogLevel;
  /** Browser origins allowed by CORS: `*` (the default outside production) or exact origins. */
  readonly corsOrigins: CorsOrigins;
  /** Bot identity: BITRIX24_BOT_ID, BITRIX24_BOT_TOKEN, BITRIX24_BOT_TOKENS (see bot-config.ts). */
  readonly bots: BotConfig;
  /** Pacing, batching, retries, REDIS_URL, the app's own token (see traffic-config.ts). */
  readonly traffic: TrafficConfig;
  /**
   * FACADE_DATALOADERS (default true). `false` makes the poll and chat loaders issue one portal
   * call per key, as a hand-written facade without DataLoaders would: a baseline for benchmarks
   * and for diagnosing the loaders, not a production setting.
   */
  readonly dataLoaders: boolean;
  /** GET /metrics: METRICS_ENABLED (default true), METRICS_TOKEN (see server/metrics/metrics-config.ts). */
  readonly metrics: MetricsConfig;
  /**
   * BITRIX24_REDIRECT_HOSTS (single-portal modes): hosts, in the BITRIX24_PORTAL_HOSTS syntax, a
   * portal's 30x may lead to and be remembered for later calls; without it only the portal's own
   * registrable domain is followed, per call (portal/redirect-rule.ts).
   */
  readonly redirectHosts: readonly PortalHostPattern[];
  /** The HTTP server's timeouts and connection cap (see server/http/http-config.ts). */
  readonly http: HttpServerConfig;
  /**
   * GRAPHQL_TRUSTED_DOCUMENTS (a persisted-documents manifest): only its operations run, by hash;
   * GRAPHQL_ALLOW_ARBITRARY_DOCUMENTS (default: true outside production) also lets other documents run.
   */
  readonly trustedDocuments?: TrustedDocuments;
  /** Telegram: off, the embedded server, or real Telegram (see telegram-config.ts). */
  readonly telegram: TelegramConfig;
  /** Live poll results: subscription limits and the Bitrix24 watcher (see live-config.ts). */
  readonly live: LiveConfig;
}

function readTrustedDocumentsConfig(
  env: Env,
  production: boolean,
  problems: ProblemList,
): TrustedDocuments | undefined {
  const allowArbitrary = readBoolean(env, 'GRAPHQL_ALLOW_ARBITRARY_DOCUMENTS', !production, problems);
  const path = readString(env, 'GRAPHQL_TRUSTED_DOCUMENTS');
  if (path === undefined) return undefined;
  try {
    const byHash = readTrustedDocuments(path);
    return { byHash, texts: new Set(byHash.values()), allowArbitrary };
  } catch (error) {
    const reason =
      error instanceof SyntaxError
        ? 'is not valid JSON'
        : error instanceof Error && !('code' in error)
          ? error.message
          : 'cannot be read';
    problems.add(`GRAPHQL_TRUSTED_DOCUMENTS: the manifest ${reason}`);
    return undefined;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const MIN_API_KEY_LENGTH = 16;

function readPortal(env: Env, problems: ProblemList): PortalConfig {
  const portalUrl = readString(env, 'BITRIX24_PORTAL_URL');
  const webhookUrl = readString(env, 'BITRIX24_WEBHOOK_URL');
  const portalHosts = readString(env, 'BITRIX24_PORTAL_HOSTS');
  const emulatorPort = readInteger(env, 'EMULATOR_PORT', 0, { min: 0, max: 65535 }, problems);
  if (portalHosts !== undefined) {
    if (portalUrl !== undefined) {
      problems.add(
        'BITRIX24_PORTAL_HOSTS and BITRIX24_PORTAL_URL are both set; choose one portal (BITRIX24_PORTAL_URL) or an allow-list of portals (BITRIX24_PORTAL_HOSTS)',
      );
    }
    if (webhookUrl !== undefined) {
      problems.add(
        'BITRIX24_PORTAL_HOSTS and BITRIX24_WEBHOOK_URL are both set; a webhook belongs to one portal, choose multi-portal OAuth or webhook mode',
      );
    }
    return { mode: 'multi', hosts: readPortalHostPatterns('BITRIX24_PORTAL_HOSTS', portalHosts, problems) };
  }
  if (portalUrl !== undefined && webhookUrl !== undefined) {
    problems.add('BITRIX24_PORTAL_URL and BITRIX24_WEBHOOK_URL are both set; choose OAuth or webhook mode');
    return { mode: 'emulator', emulatorPort };
  }
  if (portalUrl !== undefined) {
    const origin = parseOAuthPortalUrl('BITRIX24_PORTAL_URL', portalUrl, problems);
    return { mode: 'oauth', portalUrl: origin ?? 'https://invalid.invalid' };
  }
  if (webhookUrl !== undefined) {
    const url = parseWebhookUrl('BITRIX24_WEBHOOK_URL', webhookUrl, problems);
    return { mode: 'webhook', webhookUrl: url ?? 'https://invalid.invalid/rest/0/invalid/' };
  }
  return { mode: 'emulator', emulatorPort };
}

function readApiKeys(env: Env, problems: ProblemList): string[] {
  const raw = readString(env, 'FACADE_API_KEYS');
  if (raw === undefined) return [];
  const keys = raw
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
  if (keys.length === 0) problems.add('FACADE_API_KEYS is set but holds no key');
  if (keys.some((key) => key.length < MIN_API_KEY_LENGTH)) {
    problems.add(`FACADE_API_KEYS: every key must be at least ${MIN_API_KEY_LENGTH} characters long`);
  }
  if (keys.some((key) => /\s/.test(key))) problems.add('FACADE_API_KEYS: keys must not contain spaces');
  return keys;
}

/** Reads and validates the whole configuration; throws a ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems = new ProblemList();
  const nodeEnv = (readString(env, 'NODE_ENV') ?? 'development').toLowerCase();
  const production = nodeEnv !== 'development' && nodeEnv !== 'test';
  const portal = readPortal(env, problems);
  const apiKeys = readApiKeys(env, problems);
  const allowAnonymous = readBoolean(env, 'FACADE_ALLOW_ANONYMOUS', false, problems);

  if (portal.mode === 'webhook' && apiKeys.length === 0 && !allowAnonymous) {
    problems.add(
      'webhook mode needs FACADE_API_KEYS (callers act as the webhook owner), or FACADE_ALLOW_ANONYMOUS=true',
    );
  }
  // The embedded emulator answers to publicly documented dev tokens: never let a production
  // container fall back to it silently because a portal variable was forgotten.
  if (
    production &&
    portal.mode === 'emulator' &&
    !readBoolean(env, 'FACADE_ALLOW_EMULATOR', false, problems)
  ) {
    problems.add(
      `NODE_ENV=${nodeEnv} needs BITRIX24_PORTAL_URL, BITRIX24_PORTAL_HOSTS or BITRIX24_WEBHOOK_URL (or FACADE_ALLOW_EMULATOR=true for a demo on the embedded emulator)`,
    );
  }
  if (portal.mode !== 'webhook' && apiKeys.length > 0) {
    problems.add(
      'FACADE_API_KEYS applies only in webhook mode (BITRIX24_WEBHOOK_URL); callers send user tokens',
    );
  }
  if (portal.mode !== 'webhook' && allowAnonymous) {
    problems.add('FACADE_ALLOW_ANONYMOUS applies only in webhook mode (BITRIX24_WEBHOOK_URL)');
  }

  const trustedDocuments = readTrustedDocumentsConfig(env, production, problems);
  const host = readString(env, 'HOST') ?? (production ? '0.0.0.0' : '127.0.0.1');
  if (!/^[A-Za-z0-9.:[\]-]+$/.test(host)) problems.add('HOST must be a host name or an IP address');

  const traffic = readTrafficConfig(env, problems);
  const telegram = readTelegramConfig(
    env,
    { portalIsEmulator: portal.mode === 'emulator', redisUrl: traffic.redisUrl },
    problems,
  );
  const config: Config = {
    nodeEnv,
    production,
    port: readInteger(env, 'PORT', 4000, { min: 0, max: 65535 }, problems),
    host,
    portal,
    apiKeys,
    allowAnonymous,
    portalTimeoutMs: readInteger(env, 'PORTAL_TIMEOUT_MS', 65_000, { min: 1000, max: 600_000 }, problems),
    limits: {
      maxDepth: readInteger(env, 'GRAPHQL_MAX_DEPTH', 12, { min: 1, max: 100 }, problems),
      maxCost: readInteger(env, 'GRAPHQL_MAX_COST', 5000, { min: 1, max: 10_000_000 }, problems),
      defaultListSize: readInteger(env, 'GRAPHQL_DEFAULT_LIST_SIZE', 10, { min: 1, max: 1000 }, problems),
      maxBodyBytes: readInteger(
        env,
        'GRAPHQL_MAX_BODY_BYTES',
        1024 * 1024,
        { min: 1024, max: 100 * 1024 * 1024 },
        problems,
      ),
      maxAliases: readInteger(env, 'GRAPHQL_MAX_ALIASES', 100, { min: 0, max: 100_000 }, problems),
      maxTokens: readInteger(env, 'GRAPHQL_MAX_TOKENS', 10_000, { min: 100, max: 10_000_000 }, problems),
      maxPortalCalls: readInteger(env, 'GRAPHQL_MAX_PORTAL_CALLS', 100, { min: 1, max: 100_000 }, problems),
      operationTimeoutMs: readInteger(
        env,
        'GRAPHQL_OPERATION_TIMEOUT_MS',
        60_000,
        { min: 100, max: 600_000 },
        problems,
      ),
      documentCacheBytes: readInteger(
        env,
        'GRAPHQL_DOCUMENT_CACHE_BYTES',
        4 * 1024 * 1024,
        { min: 0, max: 1024 * 1024 * 1024 },
        problems,
      ),
      apqCacheBytes: readInteger(
        env,
        'GRAPHQL_APQ_CACHE_BYTES',
        4 * 1024 * 1024,
        { min: 0, max: 1024 * 1024 * 1024 },
        problems,
      ),
    },
    introspection: readBoolean(env, 'GRAPHQL_INTROSPECTION', !production, problems),
    landingPage: readChoice<LandingPage>(
      env,
      'GRAPHQL_LANDING_PAGE',
      ['sandbox', 'production', 'off'],
      production ? 'off' : 'sandbox',
      problems,
    ),
    logLevel: readChoice<LogLevel>(
      env,
      'LOG_LEVEL',
      ['debug', 'info', 'warn', 'error', 'silent'],
      'info',
      problems,
    ),
    corsOrigins: readCorsOrigins(env, production, problems),
    bots: readBotConfig(env, problems),
    traffic,
    telegram,
    dataLoaders: readBoolean(env, 'FACADE_DATALOADERS', true, problems),
    redirectHosts: readRedirectHosts(env, portal, problems),
    http: readHttpServerConfig(env, problems),
    metrics: readMetricsConfig(env, problems, { production, nodeEnv }),
    live: readLiveConfig(env, problems),
    ...(trustedDocuments === undefined ? {} : { trustedDocuments }),
  };
  if (portal.mode === 'multi') refuseSinglePortalSettings(config, problems);
  if (problems.lines.length > 0) throw new ConfigError(problems.lines);
  return config;
}

function readRedirectHosts(env: Env, portal: PortalConfig, problems: ProblemList): PortalHostPattern[] {
  const raw = readString(env, 'BITRIX24_REDIRECT_HOSTS');
  if (raw === undefined) return [];
  if (portal.mode === 'multi') {
    problems.add(
      'BITRIX24_REDIRECT_HOSTS applies to single-portal modes; with BITRIX24_PORTAL_HOSTS a redirect may lead only to a listed portal: unset it',
    );
    return [];
  }
  return readPortalHostPatterns('BITRIX24_REDIRECT_HOSTS', raw, problems);
}

/**
 * Settings that name one portal's objects cannot serve many portals: the application's token pair
 * is issued per installation (per portal), and bot ids are numbered per portal.
 */
function refuseSinglePortalSettings(config: Config, problems: ProblemList): void {
  if (config.traffic.app !== undefined) {
    problems.add(
      "BITRIX24_APP_CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN are one portal's application token; with BITRIX24_PORTAL_HOSTS each portal has its own, which is not supported: unset them",
    );
  }
  if (config.bots.defaultBotId !== null) {
    problems.add(
      'BITRIX24_BOT_ID names a bot of one portal; with BITRIX24_PORTAL_HOSTS give botId in each request: unset it',
    );
  }
}

/** CORS_ORIGINS: `*`, or a comma-separated list of exact origins (`https://app.example.com`). */
/** `'*'` for any origin, or the exact origins (scheme://host[:port]) that may call. */
export type CorsOrigins = '*' | readonly string[];

function readCorsOrigins(env: Env, production: boolean, problems: ProblemList): CorsOrigins {
  const raw = readString(env, 'CORS_ORIGINS');
  if (raw === undefined) return production ? [] : '*';
  if (raw.trim() === '*') return '*';
  const origins = raw
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  for (const origin of origins) {
    let valid = false;
    try {
      const url = new URL(origin);
      valid = (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === origin;
    } catch {
      valid = false;
    }
    if (!valid) {
      problems.add('CORS_ORIGINS must be * or comma-separated origins like https://app.example.com');
      break;
    }
  }
  return origins;
}
