import {
  matchPortalHost,
  parsePortalHost,
  parsePortalHostPattern,
  type PortalHostPattern,
} from '../../../src/config/portal-hosts.js';

function patterns(...texts: string[]): PortalHostPattern[] {
  return texts.map((text) => {
    const parsed = parsePortalHostPattern(text);
    if (typeof parsed === 'string') throw new Error(`bad test pattern ${text}: ${parsed}`);
    return parsed;
  });
}

const allowed = (list: PortalHostPattern[], raw: string): string | undefined => {
  const match = matchPortalHost(list, raw);
  return match.kind === 'allowed' ? match.portal.origin : undefined;
};

describe('parsePortalHostPattern', () => {
  it('reads exact hosts, ports and wildcards, normalising case, a trailing dot and default ports', () => {
    expect(parsePortalHostPattern('CRM.Example.com.')).toEqual({
      text: 'crm.example.com',
      wildcard: false,
      hostname: 'crm.example.com',
      port: undefined,
    });
    expect(parsePortalHostPattern(' acme.bitrix24.de:8443 ')).toMatchObject({
      text: 'acme.bitrix24.de:8443',
      port: 8443,
    });
    expect(parsePortalHostPattern('acme.bitrix24.de:443')).toMatchObject({ text: 'acme.bitrix24.de' });
    expect(parsePortalHostPattern('*.Bitrix24.com')).toEqual({
      text: '*.bitrix24.com',
      wildcard: true,
      hostname: 'bitrix24.com',
      port: undefined,
    });
    expect(parsePortalHostPattern('127.0.0.1:5001')).toMatchObject({ text: '127.0.0.1:5001', port: 5001 });
    // plain http on loopback: 80 is the default port there, not 443
    expect(parsePortalHostPattern('127.0.0.1:80')).toMatchObject({ text: '127.0.0.1' });
    expect(parsePortalHostPattern('127.0.0.1:443')).toMatchObject({ text: '127.0.0.1:443' });
    expect(parsePortalHostPattern('[0:0::1]:5001')).toMatchObject({ text: '[::1]:5001' });
  });

  it.each([
    ['https://acme.bitrix24.com', 'scheme'],
    ['http://127.0.0.1:5001', 'scheme'],
    ['user@acme.bitrix24.com', 'userinfo'],
    ['user:pw@acme.bitrix24.com', 'userinfo'],
    ['acme.bitrix24.com/rest/', 'path'],
    ['acme.bitrix24.com?x=1', 'path'],
    ['acme.bitrix24.com:0', 'port'],
    ['acme.bitrix24.com:65536', 'port'],
    ['acme.bitrix24.com:', 'port'],
    ['acme.bitrix24.com:8a', 'host'],
    ['acme..bitrix24.com', 'host'],
    ['-acme.bitrix24.com', 'host'],
    ['acme_1.bitrix24.com', 'host'],
    ['äcme.bitrix24.com', 'host'],
    ['010.0.0.1', 'host'],
    ['256.0.0.1', 'host'],
    ['2130706433', 'host'],
    ['0x7f000001', 'host'],
    ['acme.bitrix24.123', 'host'],
    ['::1', 'host'],
    ['[not-ipv6]', 'host'],
    ['a*.bitrix24.com', 'wildcard-position'],
    ['acme.*.com', 'wildcard-position'],
    ['*.*.bitrix24.com', 'wildcard-position'],
    ['*', 'wildcard-position'],
    ['*.com', 'wildcard-too-broad'],
    ['*.127.0.0.1', 'host'],
  ])('refuses %s (%s)', (raw, problem) => {
    expect(parsePortalHostPattern(raw)).toBe(problem);
  });
});

describe('matchPortalHost', () => {
  const list = patterns('*.bitrix24.com', 'crm.example.com', 'acme.bitrix24.de:8443', '127.0.0.1:5001');

  it('a wildcard label stands for exactly one label', () => {
    expect(allowed(list, 'acme.bitrix24.com')).toBe('https://acme.bitrix24.com');
    expect(allowed(list, 'a.b.bitrix24.com')).toBeUndefined();
    expect(allowed(list, 'bitrix24.com')).toBeUndefined();
    expect(allowed(list, '.bitrix24.com')).toBeUndefined();
    expect(allowed(list, 'acmebitrix24.com')).toBeUndefined();
    expect(allowed(list, 'acme.bitrix24.com.evil.com')).toBeUndefined();
  });

  it('normalises case, one trailing dot and the default port', () => {
    expect(allowed(list, 'ACME.Bitrix24.COM.')).toBe('https://acme.bitrix24.com');
    expect(allowed(list, 'crm.example.com:443')).toBe('https://crm.example.com');
    expect(allowed(list, 'crm.example.com..')).toBeUndefined();
  });

  it('the port must be the pattern port', () => {
    expect(allowed(list, 'acme.bitrix24.com:8443')).toBeUndefined();
    expect(allowed(list, 'acme.bitrix24.de')).toBeUndefined();
    expect(allowed(list, 'acme.bitrix24.de:8443')).toBe('https://acme.bitrix24.de:8443');
    expect(allowed(list, 'crm.example.com:8080')).toBeUndefined();
  });

  it('IP literals only when listed exactly, with plain http for loopback', () => {
    expect(allowed(list, '127.0.0.1:5001')).toBe('http://127.0.0.1:5001');
    expect(allowed(list, '127.0.0.1:5002')).toBeUndefined();
    expect(allowed(list, '127.0.0.1')).toBeUndefined();
    expect(allowed(patterns('*.bitrix24.com'), '10.0.0.1')).toBeUndefined();
    expect(allowed(patterns('10.0.0.1'), '10.0.0.1')).toBe('https://10.0.0.1');
    expect(allowed(patterns('[::1]:5001'), '[0::1]:5001')).toBe('http://[::1]:5001');
  });

  it('tells a malformed host from one that is not on the list', () => {
    expect(matchPortalHost(list, 'https://acme.bitrix24.com')).toEqual({
      kind: 'malformed',
      problem: 'scheme',
    });
    expect(matchPortalHost(list, 'x@acme.bitrix24.com')).toEqual({ kind: 'malformed', problem: 'userinfo' });
    expect(matchPortalHost(list, '*.bitrix24.com')).toEqual({
      kind: 'malformed',
      problem: 'wildcard-position',
    });
    expect(matchPortalHost(list, 'other.example.com')).toEqual({
      kind: 'not-allowed',
      host: 'other.example.com',
    });
  });

  it('a host that URL parsers would read as another address is malformed, not matched', () => {
    expect(matchPortalHost(patterns('127.0.0.1'), '2130706433').kind).toBe('malformed');
    expect(matchPortalHost(patterns('127.0.0.1'), '0177.0.0.1').kind).toBe('malformed');
  });
});

describe('parsePortalHost', () => {
  it('builds the origin: https, plain http only for loopback', () => {
    expect(parsePortalHost('acme.bitrix24.com')).toEqual({
      host: 'acme.bitrix24.com',
      origin: 'https://acme.bitrix24.com',
    });
    expect(parsePortalHost('localhost:3000')).toEqual({
      host: 'localhost:3000',
      origin: 'http://localhost:3000',
    });
  });
});
