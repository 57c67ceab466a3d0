/** `recentChats` over real HTTP: paging, de-duplication across shifted pages, batched Chat lookups. */
import { callRest, devAccessToken } from '../../support/emulator.js';
import { postGraphQL, portalRequests } from '../server/facade-harness.js';
import { asUser, CHAT_COUNT, expectedOrder, useChatHarness } from './chat-harness.js';

const PAGE = `query Recent($first: Int!, $after: String) {
  recentChats(first: $first, after: $after) {
    edges { cursor node { id dialogId chatId title type unreadCount updatedAt lastMessage { messageId } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Page {
  edges: Array<{ cursor: string; node: { dialogId: string; chatId: number; title: string } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('Query.recentChats', () => {
  const h = useChatHarness();

  async function page(first: number, after?: string | null, user = 1): Promise<Page> {
    const reply = await postGraphQL(h.facade, PAGE, asUser(user), { first, after });
    expect(reply.body.errors).toBeUndefined();
    return reply.body.data?.recentChats as Page;
  }

  it('pages through every dialog with first/after, in order, without duplicates', async () => {
    const seen: string[] = [];
    const sizes: number[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const p = await page(20, after);
      sizes.push(p.edges.length);
      seen.push(...p.edges.map((e) => e.node.dialogId));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
      expect(after).toEqual(expect.any(String));
    }
    expect(sizes).toEqual([20, 20, CHAT_COUNT - 40]);
    expect(seen).toEqual(expectedOrder());
    expect(new Set(seen).size).toBe(CHAT_COUNT);
  });

  it('continues after any edge cursor', async () => {
    const first = await page(10);
    const fromEdge = await page(3, first.edges[4]!.cursor);
    expect(fromEdge.edges.map((e) => e.node.dialogId)).toEqual(expectedOrder().slice(5, 8));
  });

  it('maps the entry fields (chat id, title, no message yet)', async () => {
    const p = await page(1);
    expect(p.edges[0]!.node).toEqual({
      id: expect.any(String),
      dialogId: 'chat55',
      chatId: 55,
      title: 'Chat 55',
      type: 'chat',
      unreadCount: 0,
      updatedAt: '2020-01-01T00:18:00+00:00',
      lastMessage: null,
    });
  });

  it('leaves out an entry that moved onto the next page when a dialog got new activity', async () => {
    const first = await page(5);
    const firstIds = first.edges.map((e) => e.node.dialogId);
    expect(firstIds).toEqual(expectedOrder().slice(0, 5));
    // New activity in a chat of the second page moves it to the top: every entry before it shifts
    // down by one, so the last entry of page 1 is now the first entry at OFFSET 5.
    const moved = expectedOrder()[7]!;
    const sent = await callRest(h.emulator, 'vote.Integration.Im.send', {
      chatId: Number(moved.slice(4)),
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [{ QUESTION: 'Lunch?', FIELD_TYPE: 0, ANSWERS: [{ MESSAGE: 'Yes' }, { MESSAGE: 'No' }] }],
        ANONYMITY: 0,
        OPTIONS: 0,
      },
    });
    expect(sent.status).toBe(200);
    const raw = await callRest(
      h.emulator,
      'im.recent.list',
      { OFFSET: 5, LIMIT: 5 },
      { token: devAccessToken(1) },
    );
    const rawIds = (raw.body.result.items as Array<{ id: string }>).map((item) => String(item.id));
    expect(rawIds[0]).toBe(firstIds[4]); // the portal's page overlaps: the test could fail

    const second = await page(5, first.pageInfo.endCursor);
    const secondIds = second.edges.map((e) => e.node.dialogId);
    expect(secondIds).toEqual(rawIds.slice(1));
    expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
    // The page after continues where the portal's page ended.
    const third = await page(5, second.pageInfo.endCursor);
    expect(third.edges[0]!.node.dialogId).toBe(expectedOrder()[10]);
  });

  it.each([0, -1, 201])('refuses first = %p with BAD_USER_INPUT and no portal call', async (first) => {
    const before = await portalRequests(h.emulator);
    const query = 'query R($first: Int!) { recentChats(first: $first) { pageInfo { hasNextPage } } }';
    const reply = await postGraphQL(h.facade, query, asUser(1), { first });
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE_SIZE',
    });
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('accepts first = 200 (the portal maximum) and uses 20 when first is omitted', async () => {
    expect((await page(200)).edges).toHaveLength(CHAT_COUNT);
    const reply = await postGraphQL(h.facade, '{ recentChats { edges { cursor } } }', asUser(1));
    expect(reply.body.data?.recentChats.edges).toHaveLength(20);
  });

  it.each(['not-a-cursor', 'eyJvIjotMX0', '!!!'])(
    'refuses the cursor %p with BAD_USER_INPUT',
    async (after) => {
      const before = await portalRequests(h.emulator);
      const reply = await postGraphQL(h.facade, PAGE, asUser(1), { first: 5, after });
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_CURSOR',
      });
      expect(await portalRequests(h.emulator)).toBe(before);
    },
  );

  it('loads the Chat of every entry through one batch request per 50 dialogs', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(
      h.facade,
      `{ recentChats(first: ${CHAT_COUNT}) { edges { node { dialogId chat { chatId name role memberCount } } } } }`,
      asUser(2),
    );
    expect(reply.body.errors).toBeUndefined();
    const edges = reply.body.data?.recentChats.edges as Array<{ node: { dialogId: string; chat: any } }>;
    expect(edges).toHaveLength(CHAT_COUNT);
    for (const { node } of edges) {
      expect(node.chat).toEqual({
        chatId: Number(node.dialogId.slice(4)),
        name: node.dialogId === 'chat2' ? 'Project Alpha' : `Chat ${node.dialogId.slice(4)}`,
        role: 'MEMBER',
        memberCount: 2,
      });
    }
    // One im.recent.list, then ceil(55/50) = 2 `batch` requests carrying the 55 im.dialog.get reads.
    expect(h.emulator.httpRequests()).toBe(3);
    const calls = h.emulator.calls();
    const dialogReads = calls.filter((c) => c.method === 'im.dialog.get');
    expect(dialogReads).toHaveLength(CHAT_COUNT);
    expect(dialogReads.every((c) => c.batched && c.userId === 2)).toBe(true);
    expect(calls.filter((c) => c.method === 'im.recent.list')).toHaveLength(1);
  });

  it('does not touch the portal for Chat details nobody asked for', async () => {
    h.emulator.clearCalls();
    await page(10);
    expect(h.emulator.calls().map((c) => c.method)).toEqual(['im.recent.list']);
  });
});

describe('Query.recentChats through the traffic engine (as main.ts wires it)', () => {
  const h = useChatHarness({ traffic: true, resetEachTest: false });

  it('still needs one im.recent.list and ceil(n/50) batch requests for n Chat lookups', async () => {
    h.emulator.clearCalls();
    const reply = await postGraphQL(
      h.facade,
      `{ recentChats(first: ${CHAT_COUNT}) { edges { node { chat { chatId } } } } }`,
      asUser(1),
    );
    expect(reply.body.errors).toBeUndefined();
    const chats = (reply.body.data?.recentChats.edges as Array<{ node: { chat: { chatId: number } } }>).map(
      (e) => e.node.chat.chatId,
    );
    expect(new Set(chats).size).toBe(CHAT_COUNT);
    expect(h.emulator.httpRequests()).toBe(3);
    expect(h.emulator.calls().filter((c) => c.method === 'im.dialog.get')).toHaveLength(CHAT_COUNT);
  });
});
