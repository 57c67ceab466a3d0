import { ConfigError, loadConfig } from '../../../../src/config/config.js';
import { bearerMatches } from '../../../../src/http/metrics-endpoint.js';

const base = { NODE_ENV: 'test' };

describe('metrics configuration', () => {
  it('is on by default without a token; METRICS_ENABLED=false turns it off', () => {
    expect(loadConfig(base).metrics).toEqual({ enabled: true });
    expect(loadConfig({ ...base, METRICS_ENABLED: 'false' }).metrics.enabled).toBe(false);
  });

  it('refuses a short METRICS_TOKEN without echoing it', () => {
    let error: unknown;
    try {
      loadConfig({ ...base, METRICS_TOKEN: 'short-secret' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual(['METRICS_TOKEN must be at least 16 characters long']);
    expect((error as Error).message).not.toContain('short-secret');
  });

  it('in production (or any production-like NODE_ENV) needs METRICS_TOKEN or METRICS_PUBLIC=true', () => {
    const prod = { NODE_ENV: 'production', BITRIX24_PORTAL_URL: 'https://example.bitrix24.com' };
    let error: unknown;
    try {
      loadConfig(prod);
    } catch (e) {
      error = e;
    }
    expect((error as ConfigError).problems).toEqual([
      'NODE_ENV=production needs METRICS_TOKEN for GET /metrics, or METRICS_PUBLIC=true to serve it without one (or METRICS_ENABLED=false)',
    ]);
    expect(() => loadConfig({ ...prod, NODE_ENV: 'staging' })).toThrow(
      /NODE_ENV=staging needs METRICS_TOKEN/,
    );
    expect(loadConfig({ ...prod, METRICS_PUBLIC: 'true' }).metrics).toEqual({ enabled: true });
    expect(loadConfig({ ...prod, METRICS_ENABLED: 'false' }).metrics).toEqual({ enabled: false });
    expect(loadConfig({ ...prod, METRICS_TOKEN: 'scrape-secret-0123456789' }).metrics.token).toBe(
      'scrape-secret-0123456789',
    );
  });

  it('matches only the exact Bearer token', () => {
    const token = 'scrape-secret-0123456789';
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`Bearer ${token.slice(0, -1)}`, token)).toBe(false);
    expect(bearerMatches(token, token)).toBe(false);
    expect(bearerMatches(undefined, token)).toBe(false);
  });
});
