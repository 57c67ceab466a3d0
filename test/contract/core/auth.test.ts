import { callRest, mintTestToken, request } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';
import { testMethods } from '../../support/test-methods.js';
import { DEFAULT_SEED } from '../../../src/emulators/bitrix24/store/default-seed.js';

describe('emulator authentication and scopes', () => {
  // Not reset between tests: they only mint tokens and call echo-like methods, which the next test ignores.
  const emu = useEmulator(
    {
      extraMethods: testMethods,
      limits: { enabled: false },
      seed: {
        ...DEFAULT_SEED,
        webhooks: [
          ...DEFAULT_SEED.webhooks,
          { userId: 2, code: 'expiredhook', scopes: ['basic'], expiresAt: Date.UTC(2020, 0, 1) },
          { userId: 3, code: 'linehook', scopes: ['basic', 'imopenlines'] },
        ],
      },
    },
    { resetEachTest: false },
  );

  const NO_AUTH = { error: 'NO_AUTH_FOUND', error_description: 'Wrong authorization data' };

  it.each([
    ['a wrong webhook code', { webhook: { userId: 1, code: 'wrong' } }],
    ['a webhook code under the wrong user', { webhook: { userId: 2, code: 'devwebhook1secret' } }],
    ['an expired webhook', { webhook: { userId: 2, code: 'expiredhook' } }],
    ['an unknown token', { token: 'no-such-token' }],
    ['no auth at all', { none: true }],
  ] as const)('answers %s with 401 NO_AUTH_FOUND', async (_label, as) => {
    const r = await callRest(emu, 'test.echo', {}, as);
    expect(r.status).toBe(401);
    expect(r.body).toEqual(NO_AUTH);
  });

  it('checks credentials before looking the method up', async () => {
    const r = await callRest(emu, 'no.such.method', {}, { token: 'no-such-token' });
    expect(r.status).toBe(401);
  });

  it('answers an expired token with 401 expired_token', async () => {
    const { accessToken } = await mintTestToken(emu, { userId: 4, expiresInSeconds: -1 });
    const r = await callRest(emu, 'test.echo', {}, { token: accessToken });
    expect(r.status).toBe(401);
    expect(r.body).toEqual({
      error: 'expired_token',
      error_description: 'The access token provided has expired',
    });
  });

  it('accepts a freshly minted token for its user', async () => {
    const { accessToken } = await mintTestToken(emu, { userId: 4 });
    const r = await callRest(emu, 'test.echo', {}, { token: accessToken });
    expect(r.body.result.userId).toBe(4);
  });

  it('answers a missing scope with 403 insufficient_scope (webhook and token)', async () => {
    const hook = await callRest(emu, 'test.needsImopenlines', {}, { webhook: true });
    expect(hook.status).toBe(403);
    expect(hook.body.error).toBe('insufficient_scope');
    const { accessToken } = await mintTestToken(emu, { userId: 2, scopes: ['basic', 'vote'] });
    const token = await callRest(emu, 'test.needsImopenlines', {}, { token: accessToken });
    expect(token.status).toBe(403);
    expect(token.body.error).toBe('insufficient_scope');
    const ok = await callRest(emu, 'test.needsImopenlines', {}, { token: 'dev-token-2' });
    expect(ok.status).toBe(200);
  });

  it('answers an app-only method called with a webhook with 403 WRONG_AUTH_TYPE', async () => {
    const r = await callRest(emu, 'test.appOnly', {}, { webhook: { userId: 3, code: 'linehook' } });
    expect(r.status).toBe(403);
    expect(r.body).toEqual({
      error: 'WRONG_AUTH_TYPE',
      error_description: 'Current authorization type is denied for this method Application context required',
    });
    expect((await callRest(emu, 'test.appOnly', {}, { token: 'dev-token-1' })).body.result).toBe(true);
  });

  it('never echoes the secret it was given', async () => {
    const r = await request(emu, '/rest/1/supersecretcode42/test.echo');
    expect(r.text).not.toContain('supersecretcode42');
  });
});
