import { HeaderMap } from '@apollo/server';
import { parsePortalHostPattern, type PortalHostPattern } from '../../../src/config/portal-hosts.js';
import { resolveIdentity, type IdentityOptions } from '../../../src/graphql/identity.js';

const headers = (entries: Record<string, string>) => new HeaderMap(Object.entries(entries));
const hosts = ['*.bitrix24.com', '127.0.0.1:5001'].map(
  (text) => parsePortalHostPattern(text) as PortalHostPattern,
);
const multi: IdentityOptions = { target: { mode: 'multi', hosts }, apiKeys: [], allowAnonymous: false };

function errorOf(fn: () => unknown): Record<string, unknown> | string {
  try {
    fn();
  } catch (e) {
    const error = e as { message: string; extensions?: Record<string, unknown> };
    return { message: error.message, ...error.extensions };
  }
  return 'no error';
}

describe('resolveIdentity in multi-portal mode', () => {
  it("acts as the token's user on the portal the header names, as an OAuth identity", () => {
    const result = resolveIdentity(
      headers({ authorization: 'Bearer tok-1', 'x-bitrix24-domain': 'Acme.Bitrix24.com.' }),
      multi,
    );
    expect(result).toEqual({
      kind: 'identified',
      identity: {
        mode: 'oauth',
        credential: { kind: 'oauth', portalUrl: 'https://acme.bitrix24.com', accessToken: 'tok-1' },
        subject: expect.stringMatching(/^token:[0-9a-f]{10}@acme\.bitrix24\.com$/),
        portalOrigin: 'https://acme.bitrix24.com',
      },
    });
  });

  it('the same token on two portals is two subjects (per-identity caches are per portal)', () => {
    const subjectOn = (domain: string) => {
      const result = resolveIdentity(
        headers({ authorization: 'Bearer tok-1', 'x-bitrix24-domain': domain }),
        multi,
      );
      return result.kind === 'identified' ? result.identity.subject : undefined;
    };
    const a = subjectOn('a.bitrix24.com');
    const b = subjectOn('b.bitrix24.com');
    expect(a).toBeDefined();
    expect(b).toBeDefined();
    expect(a?.split('@')[0]).not.toBe(b?.split('@')[0]);
    expect(a).not.toContain('tok-1');
  });

  it('uses plain http only for a listed loopback host', () => {
    const result = resolveIdentity(
      headers({ authorization: 'Bearer tok-1', 'x-bitrix24-domain': '127.0.0.1:5001' }),
      multi,
    );
    expect(result.kind === 'identified' && result.identity.credential).toMatchObject({
      portalUrl: 'http://127.0.0.1:5001',
    });
  });

  it('without the header the identity is missing, with reason PORTAL_DOMAIN_REQUIRED', () => {
    expect(resolveIdentity(headers({ authorization: 'Bearer tok-1' }), multi)).toEqual({
      kind: 'missing',
      reason: expect.stringContaining('X-Bitrix24-Domain'),
      code: 'PORTAL_DOMAIN_REQUIRED',
    });
    expect(resolveIdentity(headers({}), multi)).toMatchObject({ code: 'PORTAL_DOMAIN_REQUIRED' });
  });

  it('with the header but no token the token is what is missing', () => {
    expect(resolveIdentity(headers({ 'x-bitrix24-domain': 'acme.bitrix24.com' }), multi)).toEqual({
      kind: 'missing',
      reason: 'A user access token is required (Authorization: Bearer <token>).',
    });
  });

  it.each(['a.b.bitrix24.com', 'bitrix24.com', '127.0.0.1:5002', 'evil.example.com'])(
    'an unlisted host (%s) is FORBIDDEN / PORTAL_NOT_ALLOWED, whatever the token',
    (domain) => {
      const auths: Record<string, string>[] = [{ authorization: 'Bearer tok-1' }, {}];
      for (const auth of auths) {
        expect(
          errorOf(() => resolveIdentity(headers({ ...auth, 'x-bitrix24-domain': domain }), multi)),
        ).toEqual({
          message: expect.stringContaining('does not serve the portal'),
          code: 'FORBIDDEN',
          reason: 'PORTAL_NOT_ALLOWED',
          http: { status: 403 },
        });
      }
    },
  );

  it.each(['https://acme.bitrix24.com', 'me@acme.bitrix24.com', 'acme.bitrix24.com/rest', '*.bitrix24.com'])(
    'a malformed host (%s) is FORBIDDEN / PORTAL_NOT_ALLOWED and is not repeated',
    (domain) => {
      const error = errorOf(() => resolveIdentity(headers({ 'x-bitrix24-domain': domain }), multi));
      expect(error).toMatchObject({ code: 'FORBIDDEN', reason: 'PORTAL_NOT_ALLOWED' });
      expect(typeof error === 'object' && String(error.message)).not.toContain(domain);
    },
  );
});
