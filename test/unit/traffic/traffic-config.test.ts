import { ProblemList } from '../../../src/config/env-readers.js';
import { readTrafficConfig } from '../../../src/config/traffic-config.js';

function read(env: Record<string, string>) {
  const problems = new ProblemList();
  return { config: readTrafficConfig(env, problems), problems: problems.lines };
}

describe('traffic configuration', () => {
  it('defaults to a standard plan: 50/2, margin 2, batching within 5 ms, no Redis, no app token', () => {
    const { config, problems } = read({});
    expect(problems).toEqual([]);
    expect(config.options.pacing).toMatchObject({
      enabled: true,
      burst: 50,
      drainPerSecond: 2,
      safetyMargin: 2,
    });
    expect(config.options.batching).toMatchObject({ enabled: true, windowMs: 5, maxCommands: 50 });
    expect(config.redisUrl).toBeUndefined();
    expect(config.app).toBeUndefined();
  });

  it('reads an Enterprise plan, Redis and the app credentials', () => {
    const { config, problems } = read({
      PORTAL_RATE_BURST: '250',
      PORTAL_RATE_DRAIN_PER_SECOND: '5',
      PORTAL_BATCHING: 'false',
      REDIS_URL: 'redis://127.0.0.1:6379',
      BITRIX24_APP_CLIENT_ID: 'local.app',
      BITRIX24_APP_CLIENT_SECRET: 'secret',
      BITRIX24_APP_REFRESH_TOKEN: 'refresh',
    });
    expect(problems).toEqual([]);
    expect(config.options.pacing).toMatchObject({ burst: 250, drainPerSecond: 5 });
    expect(config.options.batching.enabled).toBe(false);
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.app).toEqual({
      clientId: 'local.app',
      clientSecret: 'secret',
      refreshToken: 'refresh',
      oauthUrl: undefined,
    });
  });

  it('reports each problem on its own line, without echoing values', () => {
    const { problems } = read({
      PORTAL_RATE_BURST: '2',
      PORTAL_RATE_SAFETY_MARGIN: '5',
      REDIS_URL: 'http://x',
      BITRIX24_APP_CLIENT_ID: 'only-this-one',
      BITRIX24_OAUTH_URL: 'http://oauth.example.com/token',
    });
    expect(problems).toEqual([
      'PORTAL_RATE_SAFETY_MARGIN must be smaller than PORTAL_RATE_BURST',
      'REDIS_URL must start with redis:// or rediss://',
      'BITRIX24_APP_CLIENT_ID, BITRIX24_APP_CLIENT_SECRET and BITRIX24_APP_REFRESH_TOKEN go together',
    ]);
    expect(problems.join('\n')).not.toContain('only-this-one');
  });
});
