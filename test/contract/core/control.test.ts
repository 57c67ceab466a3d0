import { callRest, mintTestToken, request } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';
import { testMethods } from '../../support/test-methods.js';

describe('emulator /_emulator/ control API', () => {
  const emu = useEmulator({ extraMethods: testMethods, limits: { enabled: false } });

  it('answers health', async () => {
    expect((await request(emu, '/_emulator/health')).body).toEqual({ ok: true });
  });

  it('logs every executed call with user, credential and outcome, over HTTP and in-process', async () => {
    await callRest(emu, 'test.echo', {}, { webhook: true });
    await callRest(emu, 'test.fail', {}, { token: 'dev-token-2' });
    await callRest(emu, 'test.echo', {}, { token: 'bad' });
    const log = (await request(emu, '/_emulator/calls')).body;
    expect(log).toEqual([
      {
        seq: 1,
        method: 'test.Echo',
        userId: 1,
        credential: 'webhook',
        batched: false,
        at: expect.stringMatching(/^\d{4}-/),
        status: 200,
      },
      expect.objectContaining({
        seq: 2,
        method: 'test.fail',
        userId: 2,
        credential: 'oauth',
        status: 400,
        errorCode: 'TEST_FAILURE',
      }),
      expect.objectContaining({ seq: 3, userId: null, status: 401, errorCode: 'NO_AUTH_FOUND' }),
    ]);
    expect(emu.calls()).toEqual(log);
    expect((await request(emu, '/_emulator/stats')).body).toEqual({ httpRequests: 3, calls: 3 });
    expect((await request(emu, '/_emulator/calls', { method: 'DELETE' })).status).toBe(200);
    expect(emu.calls()).toEqual([]);
    expect(emu.httpRequests()).toBe(0);
  });

  it('resets state to the seed, keeping the state object identity', async () => {
    const state = emu.state;
    await callRest(emu, 'test.write', { text: 'hello' }, { webhook: true });
    const { accessToken } = await mintTestToken(emu, { userId: 2 });
    expect(emu.state.messages.size).toBe(1);
    expect((await request(emu, '/_emulator/reset', { method: 'POST' })).status).toBe(200);
    expect(emu.state).toBe(state);
    expect(emu.state.messages.size).toBe(0);
    expect(emu.state.tokens.has(accessToken)).toBe(false);
    expect(emu.state.tokens.has('dev-token-1')).toBe(true);
    expect(emu.calls()).toEqual([]);
    expect((await callRest(emu, 'test.echo', {}, { token: accessToken })).status).toBe(401);
  });

  it('mints tokens for tests, validating the request', async () => {
    const minted = await mintTestToken(emu, { userId: 5, scopes: ['basic'] });
    expect(minted.accessToken).toMatch(/^[0-9a-f]{48}$/);
    expect(emu.state.tokens.get(minted.accessToken)).toMatchObject({ userId: 5, scopes: ['basic'] });
    expect((await request(emu, '/_emulator/tokens', { method: 'POST', json: { userId: 99 } })).status).toBe(
      400,
    );
    const badApp = await request(emu, '/_emulator/tokens', {
      method: 'POST',
      json: { userId: 1, clientId: 'x' },
    });
    expect(badApp.status).toBe(400);
  });

  it('returns a chat history sorted by id', async () => {
    await callRest(emu, 'test.write', { text: 'one' }, { webhook: true });
    await callRest(emu, 'test.write', { text: 'two' }, { token: 'dev-token-3' });
    const r = await request(emu, '/_emulator/state/messages?chatId=1');
    expect(r.body.chatId).toBe(1);
    expect(r.body.messages.map((m: { text: string; authorId: number }) => [m.text, m.authorId])).toEqual([
      ['one', 1],
      ['two', 3],
    ]);
    expect((await request(emu, '/_emulator/state/messages')).status).toBe(400);
  });

  it('answers unknown control endpoints with 404 and bad JSON with 400', async () => {
    expect((await request(emu, '/_emulator/nothing')).status).toBe(404);
    const bad = await request(emu, '/_emulator/limits', {
      method: 'POST',
      body: '{',
      contentType: 'application/json',
    });
    expect(bad.status).toBe(400);
  });
});
