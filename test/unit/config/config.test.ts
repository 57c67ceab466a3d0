import { ConfigError, loadConfig } from '../../../src/config/config.js';

const WEBHOOK = 'https://example.bitrix24.com/rest/1/s3cr3tc0de/';
const KEY = 'k'.repeat(20);

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to the embedded emulator on loopback in development', () => {
    const config = loadConfig({});
    expect(config.portal).toEqual({ mode: 'emulator', emulatorPort: 0 });
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.portalTimeoutMs).toBe(65000);
    expect(config.limits).toEqual({
      maxDepth: 12,
      maxCost: 5000,
      defaultListSize: 10,
      maxBodyBytes: 1048576,
      maxAliases: 100,
      maxTokens: 10_000,
      maxPortalCalls: 100,
      operationTimeoutMs: 60_000,
      documentCacheBytes: 4 * 1024 * 1024,
      apqCacheBytes: 4 * 1024 * 1024,
    });
    expect(config.http).toEqual({
      keepAliveTimeoutMs: 65_000,
      headersTimeoutMs: 66_000,
      requestTimeoutMs: 70_000,
      maxConnections: 1000,
    });
    expect(config.introspection).toBe(true);
    expect(config.landingPage).toBe('sandbox');
    expect(config.logLevel).toBe('info');
  });

  it('in production listens on all interfaces, without introspection or landing page', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      BITRIX24_PORTAL_URL: 'https://example.bitrix24.com/rest/',
      METRICS_PUBLIC: 'true',
    });
    expect(config.host).toBe('0.0.0.0');
    expect(config.introspection).toBe(false);
    expect(config.landingPage).toBe('off');
    expect(config.portal).toEqual({ mode: 'oauth', portalUrl: 'https://example.bitrix24.com' });
  });

  it('refuses to fall back to the embedded emulator in production unless told to', () => {
    expect(problemsOf({ NODE_ENV: 'production', METRICS_PUBLIC: 'true' })).toEqual([
      'NODE_ENV=production needs BITRIX24_PORTAL_URL, BITRIX24_PORTAL_HOSTS or BITRIX24_WEBHOOK_URL (or FACADE_ALLOW_EMULATOR=true for a demo on the embedded emulator)',
    ]);
    expect(
      loadConfig({ NODE_ENV: 'production', FACADE_ALLOW_EMULATOR: 'true', METRICS_PUBLIC: 'true' }).portal
        .mode,
    ).toBe('emulator');
  });

  it('reads CORS_ORIGINS: * outside production, none in production, exact origins otherwise', () => {
    expect(loadConfig({}).corsOrigins).toBe('*');
    expect(
      loadConfig({
        NODE_ENV: 'production',
        BITRIX24_PORTAL_URL: 'https://example.bitrix24.com',
        METRICS_PUBLIC: 'true',
      }).corsOrigins,
    ).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.com, http://localhost:3000' }).corsOrigins).toEqual([
      'https://a.example.com',
      'http://localhost:3000',
    ]);
    expect(problemsOf({ CORS_ORIGINS: 'https://a.example.com/path' })).toEqual([
      'CORS_ORIGINS must be * or comma-separated origins like https://app.example.com',
    ]);
  });

  it('accepts any NODE_ENV: development and test get developer defaults, any other value production ones', () => {
    const portal = { BITRIX24_PORTAL_URL: 'https://example.bitrix24.com', METRICS_PUBLIC: 'true' };
    const staging = loadConfig({ NODE_ENV: 'Staging', ...portal });
    expect(staging.nodeEnv).toBe('staging');
    expect(staging.production).toBe(true);
    expect(staging.introspection).toBe(false);
    expect(staging.corsOrigins).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'test' }).production).toBe(false);
    expect(loadConfig({}).production).toBe(false);
    expect(problemsOf({ NODE_ENV: 'staging', METRICS_PUBLIC: 'true' })).toEqual([
      'NODE_ENV=staging needs BITRIX24_PORTAL_URL, BITRIX24_PORTAL_HOSTS or BITRIX24_WEBHOOK_URL (or FACADE_ALLOW_EMULATOR=true for a demo on the embedded emulator)',
    ]);
  });

  it('reads webhook mode with API keys and normalises the URL', () => {
    const config = loadConfig({
      BITRIX24_WEBHOOK_URL: 'https://example.bitrix24.com/rest/1/s3cr3tc0de',
      FACADE_API_KEYS: ` ${KEY} , ${'z'.repeat(16)},`,
    });
    expect(config.portal).toEqual({ mode: 'webhook', webhookUrl: WEBHOOK });
    expect(config.apiKeys).toEqual([KEY, 'z'.repeat(16)]);
  });

  it('accepts plain http for loopback portals only', () => {
    expect(loadConfig({ BITRIX24_PORTAL_URL: 'http://127.0.0.1:8080' }).portal).toEqual({
      mode: 'oauth',
      portalUrl: 'http://127.0.0.1:8080',
    });
    expect(problemsOf({ BITRIX24_PORTAL_URL: 'http://example.com' })).toEqual([
      'BITRIX24_PORTAL_URL must use https (plain http is accepted only for loopback hosts)',
    ]);
  });

  const cases: Array<[string, Record<string, string>, string]> = [
    ['PORT not a number', { PORT: 'abc' }, 'PORT must be a whole number between 0 and 65535'],
    ['PORT too big', { PORT: '70000' }, 'PORT must be a whole number between 0 and 65535'],
    ['EMULATOR_PORT', { EMULATOR_PORT: '-1' }, 'EMULATOR_PORT must be a whole number between 0 and 65535'],
    [
      'PORTAL_TIMEOUT_MS',
      { PORTAL_TIMEOUT_MS: '10' },
      'PORTAL_TIMEOUT_MS must be a whole number between 1000 and 600000',
    ],
    [
      'GRAPHQL_MAX_DEPTH',
      { GRAPHQL_MAX_DEPTH: '0' },
      'GRAPHQL_MAX_DEPTH must be a whole number between 1 and 100',
    ],
    [
      'GRAPHQL_MAX_COST',
      { GRAPHQL_MAX_COST: '0' },
      'GRAPHQL_MAX_COST must be a whole number between 1 and 10000000',
    ],
    [
      'GRAPHQL_DEFAULT_LIST_SIZE',
      { GRAPHQL_DEFAULT_LIST_SIZE: '1.5' },
      'GRAPHQL_DEFAULT_LIST_SIZE must be a whole number between 1 and 1000',
    ],
    [
      'GRAPHQL_MAX_BODY_BYTES',
      { GRAPHQL_MAX_BODY_BYTES: '12' },
      'GRAPHQL_MAX_BODY_BYTES must be a whole number between 1024 and 104857600',
    ],
    [
      'GRAPHQL_INTROSPECTION',
      { GRAPHQL_INTROSPECTION: 'maybe' },
      'GRAPHQL_INTROSPECTION must be true or false',
    ],
    [
      'GRAPHQL_LANDING_PAGE',
      { GRAPHQL_LANDING_PAGE: 'fancy' },
      'GRAPHQL_LANDING_PAGE must be one of: sandbox, production, off',
    ],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of: debug, info, warn, error, silent'],
    ['HOST', { HOST: 'bad host!' }, 'HOST must be a host name or an IP address'],
    [
      'both portal URLs',
      { BITRIX24_PORTAL_URL: 'https://a.example.com', BITRIX24_WEBHOOK_URL: WEBHOOK },
      'BITRIX24_PORTAL_URL and BITRIX24_WEBHOOK_URL are both set; choose OAuth or webhook mode',
    ],
    ['portal URL not a URL', { BITRIX24_PORTAL_URL: 'not a url' }, 'BITRIX24_PORTAL_URL is not a valid URL'],
    ['portal URL ftp', { BITRIX24_PORTAL_URL: 'ftp://example.com' }, 'BITRIX24_PORTAL_URL must use https'],
    [
      'portal URL with a path',
      { BITRIX24_PORTAL_URL: 'https://example.com/crm/' },
      'BITRIX24_PORTAL_URL must be the portal address (https://<portal>/ or https://<portal>/rest/)',
    ],
    [
      'portal URL with credentials',
      { BITRIX24_PORTAL_URL: 'https://u:p@example.com/' },
      'BITRIX24_PORTAL_URL must not contain a user name or password',
    ],
    [
      'portal URL with a query',
      { BITRIX24_PORTAL_URL: 'https://example.com/?auth=x' },
      'BITRIX24_PORTAL_URL must not contain a query string or fragment',
    ],
    [
      'webhook URL shape',
      { BITRIX24_WEBHOOK_URL: 'https://example.com/rest/abc/s3cr3tc0de/', FACADE_ALLOW_ANONYMOUS: 'true' },
      'BITRIX24_WEBHOOK_URL is not a webhook URL (expected https://<portal>/rest/<userId>/<code>/)',
    ],
    [
      'webhook without keys',
      { BITRIX24_WEBHOOK_URL: WEBHOOK },
      'webhook mode needs FACADE_API_KEYS (callers act as the webhook owner), or FACADE_ALLOW_ANONYMOUS=true',
    ],
    [
      'short API key',
      { BITRIX24_WEBHOOK_URL: WEBHOOK, FACADE_API_KEYS: 'short' },
      'FACADE_API_KEYS: every key must be at least 16 characters long',
    ],
    [
      'keys outside webhook mode',
      { FACADE_API_KEYS: KEY },
      'FACADE_API_KEYS applies only in webhook mode (BITRIX24_WEBHOOK_URL); callers send user tokens',
    ],
    [
      'anonymous outside webhook mode',
      { FACADE_ALLOW_ANONYMOUS: 'true' },
      'FACADE_ALLOW_ANONYMOUS applies only in webhook mode (BITRIX24_WEBHOOK_URL)',
    ],
    [
      'FACADE_ALLOW_ANONYMOUS not a boolean',
      { BITRIX24_WEBHOOK_URL: WEBHOOK, FACADE_API_KEYS: KEY, FACADE_ALLOW_ANONYMOUS: 'sure' },
      'FACADE_ALLOW_ANONYMOUS must be true or false',
    ],
  ];

  it.each(cases)('reports %s in one line', (_name, env, line) => {
    expect(problemsOf(env)).toEqual([line]);
  });

  it('reports every problem at once', () => {
    const problems = problemsOf({ PORT: 'x', LOG_LEVEL: 'y', GRAPHQL_MAX_COST: 'z' });
    expect(problems).toHaveLength(3);
  });

  it('never echoes a secret value', () => {
    const secretUrl = 'http://example.com/rest/1/TOPSECRETCODE123/';
    const secretKey = 'TOPSECRET';
    const problems = problemsOf({ BITRIX24_WEBHOOK_URL: secretUrl, FACADE_API_KEYS: secretKey });
    expect(problems.length).toBeGreaterThan(0);
    for (const line of problems) {
      expect(line).not.toContain('TOPSECRET');
    }
    const error = new ConfigError(problems);
    expect(error.message).not.toContain('TOPSECRET');
  });
});
