/** viewer.user over real HTTP: user.current once per request, only when selected; null without scope. */
import { DEFAULT_WEBHOOK_USER_ID, mintTestToken } from '../../support/emulator.js';
import { asUser, postGraphQL, startHarness, useHarness } from '../server/facade-harness.js';

const VIEWER_USER = `{ viewer { mode userId user { id userId name avatarUrl workPosition } } }`;

describe('viewer.user with OAuth tokens (emulator mode)', () => {
  const h = useHarness(() => startHarness());

  it('is the token user, read with user.current', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(h.facade, VIEWER_USER, asUser(2));
    expect(reply.body.errors).toBeUndefined();
    const user = reply.body.data?.viewer.user;
    expect(user).toEqual({
      id: Buffer.from('b24:User:2', 'utf8').toString('base64'),
      userId: 2,
      name: 'Boris Petrov',
      avatarUrl: expect.stringMatching(/^https?:\/\/.+user2\.png$/),
      workPosition: 'Sales manager',
    });
    expect(reply.body.data?.viewer.userId).toBeNull();
    expect(h.emulator.calls()).toEqual([expect.objectContaining({ method: 'user.current', userId: 2 })]);
  });

  it('costs no portal call when user is not selected', async () => {
    const before = h.emulator.httpRequests();
    const reply = await postGraphQL(h.facade, `{ viewer { mode authenticated userId } }`, asUser(2));
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.viewer).toEqual({ mode: 'EMULATOR', authenticated: true, userId: null });
    expect(h.emulator.httpRequests()).toBe(before);
  });

  it('is read once per request however often it is selected', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(
      h.facade,
      `{ a: viewer { user { userId } } b: viewer { user { name } } }`,
      asUser(3),
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ a: { user: { userId: 3 } }, b: { user: { name: 'Clara Schmidt' } } });
    expect(h.emulator.calls().map((c) => c.method)).toEqual(['user.current']);
  });

  it('is null, without an error, when the token lacks the user/basic scope', async () => {
    const { accessToken } = await mintTestToken(h.emulator, { userId: 4, scopes: ['vote', 'im'] });
    h.emulator.clearCalls();
    const reply = await postGraphQL(h.facade, VIEWER_USER, { authorization: `Bearer ${accessToken}` });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.viewer.user).toBeNull();
    expect(h.emulator.calls()).toEqual([
      expect.objectContaining({ method: 'user.current', errorCode: 'insufficient_scope' }),
    ]);
  });
});

describe('viewer.user in webhook mode', () => {
  const API_KEY = 'viewer-user-test-key-0123456789';
  const h = useHarness(() => startHarness({ FACADE_API_KEYS: API_KEY }, 'webhook'));

  it('is the webhook owner, matching viewer.userId', async () => {
    const reply = await postGraphQL(h.facade, VIEWER_USER, { 'x-api-key': API_KEY });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.viewer).toMatchObject({
      mode: 'WEBHOOK',
      userId: DEFAULT_WEBHOOK_USER_ID,
      user: { userId: DEFAULT_WEBHOOK_USER_ID, name: 'Anna Admin', workPosition: 'Portal administrator' },
    });
  });

  it("refetches the owner's User by id, and another user's id is null without a portal call", async () => {
    const own = Buffer.from(`b24:User:${DEFAULT_WEBHOOK_USER_ID}`, 'utf8').toString('base64');
    const other = Buffer.from('b24:User:2', 'utf8').toString('base64');
    const query = `query($id: ID!) { node(id: $id) { id ... on User { userId } } }`;
    const mine = await postGraphQL(h.facade, query, { 'x-api-key': API_KEY }, { id: own });
    expect(mine.body.data?.node).toEqual({ id: own, userId: DEFAULT_WEBHOOK_USER_ID });
    const before = h.emulator.httpRequests();
    const theirs = await postGraphQL(h.facade, query, { 'x-api-key': API_KEY }, { id: other });
    expect(theirs.body.errors).toBeUndefined();
    expect(theirs.body.data).toEqual({ node: null });
    expect(h.emulator.httpRequests()).toBe(before);
  });
});
