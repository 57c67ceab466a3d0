/** `chat(dialogId)` over real HTTP: facade -> emulator. */
import { addFault } from '../../support/emulator.js';
import { postGraphQL, portalRequests } from '../server/facade-harness.js';
import { asUser, NON_MEMBER_CHAT, useChatHarness } from './chat-harness.js';

const CHAT = `query Chat($dialogId: String!) {
  chat(dialogId: $dialogId) {
    id chatId dialogId name description type ownerId memberCount messageCount role canPost
    entityType entityId lastMessageId createdAt color
  }
}`;

describe('Query.chat', () => {
  const h = useChatHarness();

  it('returns a chat the caller is a member of, with clean values', async () => {
    const reply = await postGraphQL(h.facade, CHAT, asUser(2), { dialogId: 'chat2' });
    expect(reply.body.errors).toBeUndefined();
    const chat = reply.body.data?.chat;
    expect(chat).toEqual({
      id: expect.any(String),
      chatId: 2,
      dialogId: 'chat2',
      name: 'Project Alpha',
      description: 'Seeded chat number 2',
      type: expect.any(String),
      ownerId: 1,
      memberCount: 2,
      messageCount: 0,
      role: 'MEMBER',
      canPost: true,
      entityType: null,
      entityId: null,
      lastMessageId: null,
      createdAt: '2020-01-01T00:00:00+00:00',
      color: expect.any(String),
    });
    // Opaque: not the bare numeric id, and stable across requests.
    expect(chat.id).not.toBe('2');
    const again = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId: 'CHAT2' });
    expect(again.body.data?.chat).toMatchObject({ id: chat.id, role: 'OWNER', dialogId: 'chat2' });
  });

  it('reads a one-to-one dialog by user id', async () => {
    const reply = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId: '2' });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.chat).toMatchObject({ dialogId: '2', name: 'Boris Petrov', memberCount: 2 });
    expect(reply.body.data?.chat.chatId).toBeGreaterThan(0);
  });

  it('answers null for a chat the caller is not a member of (after asking the portal)', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId: `chat${NON_MEMBER_CHAT}` });
    expect(reply.status).toBe(200);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data).toEqual({ chat: null });
    expect(h.emulator.calls()).toEqual([
      expect.objectContaining({ method: 'im.dialog.get', userId: 1, errorCode: 'ACCESS_ERROR' }),
    ]);
    // The same chat is visible to its members.
    const member = await postGraphQL(h.facade, CHAT, asUser(3), { dialogId: `chat${NON_MEMBER_CHAT}` });
    expect(member.body.data?.chat).toMatchObject({ chatId: NON_MEMBER_CHAT, name: 'Private team' });
  });

  it('answers null for an unknown chat or user', async () => {
    for (const dialogId of ['chat9999', '9999']) {
      const reply = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data).toEqual({ chat: null });
    }
  });

  it.each(['chat', 'chatx', 'chat0', '0', '-1', 'abc', 'chat1 OR 1', '1.5', ''])(
    'refuses the malformed dialog id %p with BAD_USER_INPUT and no portal call',
    async (dialogId) => {
      const before = await portalRequests(h.emulator);
      const reply = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId });
      expect(reply.body.data).toEqual({ chat: null });
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_DIALOG_ID',
      });
      expect(reply.body.errors?.[0]?.message).toMatch(/dialogId/);
      expect(await portalRequests(h.emulator)).toBe(before);
    },
  );

  it('reads a dialog asked for twice in one operation once', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(
      h.facade,
      '{ a: chat(dialogId: "chat3") { chatId } b: chat(dialogId: "chat3") { name } }',
      asUser(1),
    );
    expect(reply.body.data).toEqual({ a: { chatId: 3 }, b: { name: 'Chat 3' } });
    expect(h.emulator.calls().map((c) => c.method)).toEqual(['im.dialog.get']);
  });

  it('turns a portal 500 into PORTAL_UNAVAILABLE, naming the method but no secret', async () => {
    await addFault(h.emulator, { kind: 'http5xx', status: 500, count: 1, methods: ['im.dialog.get'] });
    const reply = await postGraphQL(h.facade, CHAT, asUser(1), { dialogId: 'chat1' });
    expect(reply.body.data).toEqual({ chat: null });
    const error = reply.body.errors?.[0];
    expect(error?.extensions).toMatchObject({
      code: 'PORTAL_UNAVAILABLE',
      portal: { method: 'im.dialog.get' },
    });
    expect(JSON.stringify(reply.body)).not.toContain('dev-token-1');
  });
});
