import { isLoopbackHost } from '../../../src/config/loopback-host.js';
import { validateCredential } from '../../../src/backends/bitrix24/credential.js';
import { ConfigError, loadConfig } from '../../../src/config/config.js';

describe('isLoopbackHost: one rule for config and the portal client', () => {
  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '127.255.3.4', '::1', '[::1]'])(
    '%s is loopback',
    (host) => {
      expect(isLoopbackHost(host)).toBe(true);
    },
  );

  it.each(['app.localhost', 'localhost.evil.com', '128.0.0.1', '10.0.0.1', '[::2]', 'example.com'])(
    '%s is not',
    (host) => {
      expect(isLoopbackHost(host)).toBe(false);
    },
  );

  it('config and the credential check agree on a name under localhost (refused over http by both)', () => {
    // Before: the credential check accepted http://app.localhost while BITRIX24_PORTAL_URL refused it.
    expect(() =>
      validateCredential({ kind: 'oauth', portalUrl: 'http://app.localhost:8080', accessToken: 't' }),
    ).toThrow(/only https/);
    expect(() => loadConfig({ BITRIX24_PORTAL_URL: 'http://app.localhost:8080' })).toThrow(ConfigError);
  });
});
