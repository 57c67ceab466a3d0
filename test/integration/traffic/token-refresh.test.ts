/**
 * The application's own token: an expired one is refreshed once (single-flight) against the
 * emulator's `/oauth/token/`, however many callers hit `expired_token` at once, and each call is
 * retried once. A user's pass-through token is never refreshed: the caller gets `expired_token`.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  DEFAULT_APP_CLIENT_ID,
  DEFAULT_APP_CLIENT_SECRET,
} from '../../../src/emulators/bitrix24/store/default-seed.js';
import { PortalError, isExpiredToken } from '../../../src/backends/bitrix24/index.js';
import { AppTokens } from '../../../src/backends/bitrix24/traffic/index.js';
import { mintTestToken } from '../../support/emulator.js';
import { engineFor } from './traffic-helpers.js';

let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.reset());

async function expiredAppTokens(secret = DEFAULT_APP_CLIENT_SECRET): Promise<AppTokens> {
  const minted = await mintTestToken(emu, { userId: 1, expiresInSeconds: -10 });
  return new AppTokens({
    clientId: DEFAULT_APP_CLIENT_ID,
    clientSecret: secret,
    refreshToken: minted.refreshToken,
    accessToken: minted.accessToken,
    portalUrl: emu.url,
    oauthUrl: `${emu.url}/oauth/token/`,
  });
}

describe.each([true, false])('app token refresh (batching %s)', (batching) => {
  it('20 concurrent callers with an expired app token → one refresh, every call succeeds', async () => {
    const appTokens = await expiredAppTokens();
    const engine = engineFor({ appTokens, options: { batching: { enabled: batching } } });
    const credential = await appTokens.credential();
    const results = await Promise.all(
      Array.from({ length: 20 }, () => engine.call('im.dialog.get', { DIALOG_ID: 'chat1' }, credential)),
    );
    expect(results).toHaveLength(20);
    expect(appTokens.refreshes).toBe(1);
    expect((await appTokens.credential()).kind).toBe('oauth');
    const ran = emu.calls().filter((c) => c.method === 'im.dialog.get');
    expect(ran.filter((c) => c.errorCode === undefined)).toHaveLength(20);
    expect(ran.filter((c) => c.errorCode !== undefined && c.errorCode !== 'expired_token')).toEqual([]);
  });
});

it('a refresh the authorization server refuses is an auth error, with no secret in it', async () => {
  const appTokens = await expiredAppTokens('wrong-secret-value');
  const engine = engineFor({ appTokens });
  const error = await engine
    .call('im.dialog.get', { DIALOG_ID: 'chat1' }, await appTokens.credential())
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(PortalError);
  expect((error as PortalError).code).toBe('invalid_client');
  expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
  expect((error as PortalError).message).not.toContain('wrong-secret-value');
});

it("a user's expired pass-through token is not refreshed: the caller gets expired_token", async () => {
  const minted = await mintTestToken(emu, { userId: 2, expiresInSeconds: -10 });
  const appTokens = await expiredAppTokens();
  const engine = engineFor({ appTokens });
  const error = await engine
    .call(
      'im.dialog.get',
      { DIALOG_ID: 'chat1' },
      { kind: 'oauth', portalUrl: emu.url, accessToken: minted.accessToken },
    )
    .catch((e: unknown) => e);
  expect(isExpiredToken(error)).toBe(true);
  expect(appTokens.refreshes).toBe(0);
});
