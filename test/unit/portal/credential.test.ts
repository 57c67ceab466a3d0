import { CredentialError, validateCredential } from '../../../src/backends/bitrix24/credential.js';
import { isLoopbackHost } from '../../../src/config/loopback-host.js';

describe('credentials', () => {
  it('accepts https anywhere and http only on loopback', () => {
    expect(validateCredential({ kind: 'webhook', webhookUrl: 'https://p.bitrix24.com/rest/1/abc' })).toEqual({
      kind: 'webhook',
      webhookUrl: 'https://p.bitrix24.com/rest/1/abc/',
    });
    expect(
      validateCredential({ kind: 'oauth', portalUrl: 'http://127.0.0.1:8080/', accessToken: 't1' }),
    ).toEqual({
      kind: 'oauth',
      portalUrl: 'http://127.0.0.1:8080',
      accessToken: 't1',
    });
    for (const host of ['localhost', '127.0.0.1', '127.1.2.3', '[::1]']) {
      expect(() =>
        validateCredential({ kind: 'oauth', portalUrl: `http://${host}:1`, accessToken: 't' }),
      ).not.toThrow();
    }
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });

  it('refuses plain http to other hosts with a clear error that does not echo the secret', () => {
    const attempt = () =>
      validateCredential({ kind: 'webhook', webhookUrl: 'http://p.example.com/rest/1/supersecret/' });
    expect(attempt).toThrow(CredentialError);
    expect(attempt).toThrow(/only https/);
    try {
      attempt();
    } catch (e) {
      expect(String(e)).not.toContain('supersecret');
      expect(String(e)).toContain('p.example.com');
    }
  });

  it('refuses malformed webhook URLs and empty tokens', () => {
    expect(() =>
      validateCredential({ kind: 'webhook', webhookUrl: 'https://p.example.com/rest/abc/' }),
    ).toThrow(CredentialError);
    expect(() => validateCredential({ kind: 'webhook', webhookUrl: 'not a url secret' })).toThrow(
      /not a valid/,
    );
    expect(() =>
      validateCredential({ kind: 'oauth', portalUrl: 'https://p.example.com', accessToken: '' }),
    ).toThrow(CredentialError);
  });
});
