import {
  isAllowedRedirectTarget,
  parsePortalHostPattern,
  type PortalHostPattern,
} from '../../../src/config/portal-hosts.js';

function patterns(...texts: string[]): PortalHostPattern[] {
  return texts.map((text) => {
    const pattern = parsePortalHostPattern(text);
    if (typeof pattern === 'string') throw new Error(`bad pattern ${text}: ${pattern}`);
    return pattern;
  });
}

describe('isAllowedRedirectTarget (multi-portal redirects)', () => {
  const list = patterns('*.bitrix24.com', 'crm.example.com:8443', '127.0.0.1:5001', '*.dev.localhost');

  it.each([
    'https://acme.bitrix24.com',
    'https://ACME.Bitrix24.com:443',
    'https://crm.example.com:8443',
    'http://127.0.0.1:5001',
  ])('allows %s', (origin) => {
    expect(isAllowedRedirectTarget(list, origin)).toBe(true);
  });

  it.each([
    ['an unlisted host', 'https://evil.example.com'],
    ['a deeper name under the wildcard', 'https://a.b.bitrix24.com'],
    ['the wildcard domain itself', 'https://bitrix24.com'],
    ['plain http to a public host', 'http://acme.bitrix24.com'],
    ['another port', 'https://crm.example.com'],
    ['another loopback port', 'http://127.0.0.1:5002'],
    ['https to a loopback host the facade reaches by http', 'https://127.0.0.1:5001'],
    ['a loopback host only matched by a wildcard', 'http://a.dev.localhost'],
    ['a numeric host that parsers read as an IPv4 address', 'https://2130706433'],
    ['a user name', 'https://user@acme.bitrix24.com'],
    ['another scheme', 'ftp://acme.bitrix24.com'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_why, origin) => {
    expect(isAllowedRedirectTarget(list, origin)).toBe(false);
  });

  it('refuses everything with an empty list', () => {
    expect(isAllowedRedirectTarget([], 'https://acme.bitrix24.com')).toBe(false);
  });
});
