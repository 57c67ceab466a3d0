import { loadConfig } from '../../../src/config/config.js';
import { sameSite, singlePortalRedirects, siteOf } from '../../../src/backends/bitrix24/redirect-rule.js';

describe('siteOf / sameSite: the registrable-domain rule for single-portal redirects', () => {
  it.each([
    ['https://acme.bitrix24.com', 'https://newname.bitrix24.com', true],
    ['https://acme.bitrix24.com', 'https://acme.bitrix24.com:8443', true],
    ['https://crm.example.co.uk', 'https://www.example.co.uk', true],
    ['https://acme.bitrix24.com', 'https://acme.bitrix24.de', false],
    ['https://acme.bitrix24.com', 'https://bitrix24.com.evil.io', false],
    ['https://crm.example.co.uk', 'https://other.co.uk', false],
    // Private suffixes: different owners.
    ['https://a.github.io', 'https://b.github.io', false],
    // An IP address is its own site: same address (any port) only; never a name.
    ['http://127.0.0.1:5000', 'http://127.0.0.1:6000', true],
    ['http://127.0.0.1:5000', 'http://127.0.0.2:5000', false],
    ['http://127.0.0.1:5000', 'http://localhost:5000', false],
    ['https://[2001:db8::1]', 'https://[2001:db8::1]:8443', true],
    ['https://[2001:db8::1]', 'https://[2001:db8::2]', false],
    // No registrable domain: only itself.
    ['http://localhost:1', 'http://localhost:2', true],
    ['http://localhost:1', 'http://a.localhost:2', false],
  ])('%s -> %s: %s', (from, to, expected) => {
    expect(sameSite(from, to)).toBe(expected);
  });

  it('names an IP and a DNS site apart', () => {
    expect(siteOf('10.0.0.1')).toBe('ip:10.0.0.1');
    expect(siteOf('CRM.Example.com')).toBe('dns:example.com');
  });
});

describe('singlePortalRedirects', () => {
  const listed = (origin: string) => origin === 'https://moved.example.net';

  it('follows same origin and same site per call, remembers only a listed host, refuses the rest', () => {
    const rule = singlePortalRedirects(listed);
    expect(rule('https://acme.bitrix24.com', 'https://acme.bitrix24.com')).toBe('follow');
    expect(rule('https://acme.bitrix24.com', 'https://new.bitrix24.com')).toBe('follow');
    expect(rule('https://acme.bitrix24.com', 'https://moved.example.net')).toBe('follow-and-remember');
    expect(rule('https://acme.bitrix24.com', 'https://evil.example.net')).toBe('refuse');
    expect(singlePortalRedirects()('https://acme.bitrix24.com', 'https://moved.example.net')).toBe('refuse');
  });
});

describe('BITRIX24_REDIRECT_HOSTS', () => {
  it('is read with the portal-host syntax in single-portal modes', () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      BITRIX24_PORTAL_URL: 'https://acme.bitrix24.com',
      BITRIX24_REDIRECT_HOSTS: 'moved.example.net, *.example.org',
    });
    expect(config.redirectHosts.map((h) => h.text)).toEqual(['moved.example.net', '*.example.org']);
    expect(loadConfig({ NODE_ENV: 'test' }).redirectHosts).toEqual([]);
  });

  it('names a bad entry by position, and is refused in multi-portal mode', () => {
    expect(() =>
      loadConfig({ NODE_ENV: 'test', BITRIX24_REDIRECT_HOSTS: 'ok.example.com,https://bad.example.com' }),
    ).toThrow(/BITRIX24_REDIRECT_HOSTS entry 2 must be a host without a scheme/);
    expect(() =>
      loadConfig({
        NODE_ENV: 'test',
        BITRIX24_PORTAL_HOSTS: '*.bitrix24.com',
        BITRIX24_REDIRECT_HOSTS: 'moved.example.net',
      }),
    ).toThrow(/BITRIX24_REDIRECT_HOSTS applies to single-portal modes/);
  });
});
