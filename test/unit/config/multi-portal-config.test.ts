import { ConfigError, loadConfig } from '../../../src/config/config.js';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: BITRIX24_PORTAL_HOSTS (multi-portal OAuth mode)', () => {
  it('reads the allow-list, normalised and without duplicates or blank entries', () => {
    const config = loadConfig({
      BITRIX24_PORTAL_HOSTS: ' *.Bitrix24.com, crm.example.com.,,crm.example.com:443 ,',
    });
    expect(config.portal.mode).toBe('multi');
    if (config.portal.mode !== 'multi') throw new Error('unreachable');
    expect(config.portal.hosts.map((host) => host.text)).toEqual(['*.bitrix24.com', 'crm.example.com']);
  });

  it('is a real portal mode in production (no emulator fallback line)', () => {
    expect(
      loadConfig({ NODE_ENV: 'production', BITRIX24_PORTAL_HOSTS: '*.bitrix24.com', METRICS_PUBLIC: 'true' })
        .portal.mode,
    ).toBe('multi');
  });

  it('one clear line per bad entry, naming its position and never its value', () => {
    const problems = problemsOf({
      BITRIX24_PORTAL_HOSTS:
        'https://secret-a.example.com,ok.example.com,x.example.com/rest/,*.com,u@h.example.com',
    });
    expect(problems).toEqual([
      'BITRIX24_PORTAL_HOSTS entry 1 must be a host without a scheme (acme.bitrix24.com, not https://acme.bitrix24.com)',
      'BITRIX24_PORTAL_HOSTS entry 3 must be a host without a path, query or fragment',
      'BITRIX24_PORTAL_HOSTS entry 4 needs at least two labels after *. (*.bitrix24.com, not *.com)',
      'BITRIX24_PORTAL_HOSTS entry 5 must not contain a user name or password',
    ]);
    expect(problems.join('\n')).not.toContain('secret-a');
  });

  it('refuses a list with no host', () => {
    expect(problemsOf({ BITRIX24_PORTAL_HOSTS: ' , ,' })).toEqual([
      'BITRIX24_PORTAL_HOSTS is set but holds no host',
    ]);
  });

  it('is exclusive with BITRIX24_PORTAL_URL and BITRIX24_WEBHOOK_URL, one line each', () => {
    expect(
      problemsOf({
        BITRIX24_PORTAL_HOSTS: '*.bitrix24.com',
        BITRIX24_PORTAL_URL: 'https://acme.bitrix24.com',
        BITRIX24_WEBHOOK_URL: 'https://acme.bitrix24.com/rest/1/abcdef/',
        FACADE_API_KEYS: 'k'.repeat(20),
      }).filter((line) => line.startsWith('BITRIX24_PORTAL_HOSTS and')),
    ).toEqual([
      'BITRIX24_PORTAL_HOSTS and BITRIX24_PORTAL_URL are both set; choose one portal (BITRIX24_PORTAL_URL) or an allow-list of portals (BITRIX24_PORTAL_HOSTS)',
      'BITRIX24_PORTAL_HOSTS and BITRIX24_WEBHOOK_URL are both set; a webhook belongs to one portal, choose multi-portal OAuth or webhook mode',
    ]);
  });

  it("refuses the application's single-portal token and a default bot id", () => {
    expect(
      problemsOf({
        BITRIX24_PORTAL_HOSTS: '*.bitrix24.com',
        BITRIX24_APP_CLIENT_ID: 'app.123',
        BITRIX24_APP_CLIENT_SECRET: 'shh-client-secret',
        BITRIX24_APP_REFRESH_TOKEN: 'shh-refresh-token',
        BITRIX24_BOT_ID: '7',
      }),
    ).toEqual([
      "BITRIX24_APP_CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN are one portal's application token; with BITRIX24_PORTAL_HOSTS each portal has its own, which is not supported: unset them",
      'BITRIX24_BOT_ID names a bot of one portal; with BITRIX24_PORTAL_HOSTS give botId in each request: unset it',
    ]);
  });

  it('FACADE_API_KEYS stays a webhook-mode setting', () => {
    expect(problemsOf({ BITRIX24_PORTAL_HOSTS: '*.bitrix24.com', FACADE_API_KEYS: 'k'.repeat(20) })).toEqual([
      'FACADE_API_KEYS applies only in webhook mode (BITRIX24_WEBHOOK_URL); callers send user tokens',
    ]);
  });
});
