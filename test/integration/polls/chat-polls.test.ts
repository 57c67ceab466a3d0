/**
 * The graph around polls over real HTTP: Chat.polls (newest first, paged with `after`, built from
 * im.dialog.messages.get and one getMany per page), Poll.chat and Poll.author. Portal work is
 * counted from the emulator's call log, never timed.
 */
import { callRest } from '../../support/emulator.js';
import { chatSeed } from '../chats/chat-harness.js';
import { asUser, postGraphQL, startHarness, useHarness } from '../server/facade-harness.js';
import { lastSeq, methodsSince, restPoll } from './polls-harness.js';

const CHAT_POLLS = `query ChatPolls($dialogId: String!, $first: Int!, $after: String) {
  chat(dialogId: $dialogId) {
    polls(first: $first, after: $after) {
      edges { cursor node { messageId questions { text } author { userId name } chat { chatId } } }
      pageInfo { hasNextPage endCursor }
    }
  }
}`;

interface PollsPage {
  edges: Array<{
    cursor: string;
    node: {
      messageId: number;
      author: { userId: number; name: string } | null;
      chat: { chatId: number } | null;
    };
  }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

async function text(h: { emulator: { url: string } }, dialogId: string, userId = 1): Promise<void> {
  const res = await callRest(
    h.emulator,
    'im.message.add',
    { DIALOG_ID: dialogId, MESSAGE: 'hello' },
    {
      token: `dev-token-${userId}`,
    },
  );
  if (res.status !== 200) throw new Error(`set-up message failed: ${res.text}`);
}

const count = (methods: string[], name: string) => methods.filter((m) => m === name).length;

describe('Chat.polls without the traffic engine', () => {
  const h = useHarness(() =>
    startHarness({ GRAPHQL_MAX_COST: '1000000' }, 'emulator', {
      emulator: { seed: chatSeed(), limits: { enabled: false } },
    }),
  );

  async function page(dialogId: string, first: number, after?: string | null, user = 1) {
    const reply = await postGraphQL(h.facade, CHAT_POLLS, asUser(user), { dialogId, first, after });
    return reply;
  }

  /** 25 polls by users 1 and 2 between 10 other messages in chat1 (35 messages, within one read). */
  async function seedChat1(): Promise<number[]> {
    const ids: number[] = [];
    for (let i = 0; i < 25; i++) {
      ids.push((await restPoll(h, { chatId: 1, userId: i % 2 === 0 ? 1 : 2 })).messageId);
      if (i % 3 === 0) await text(h, 'chat1');
    }
    return ids;
  }

  it('a page of 20 polls costs one history read and one getMany, newest first, with author and chat', async () => {
    const ids = await seedChat1();
    const seq = lastSeq(h);
    const before = h.emulator.httpRequests();
    const reply = await page('chat1', 20);
    expect(reply.body.errors).toBeUndefined();
    const polls = reply.body.data?.chat?.polls as PollsPage;
    expect(polls.edges.map((e) => e.node.messageId)).toEqual([...ids].reverse().slice(0, 20));
    expect(polls.pageInfo.hasNextPage).toBe(true);
    // chat(dialogId) is im.dialog.get; the page itself is the other two requests.
    expect(methodsSince(h, seq)).toEqual([
      'im.dialog.get',
      'im.dialog.messages.get',
      'vote.AttachedVote.getMany',
    ]);
    expect(h.emulator.httpRequests() - before).toBe(3);
    // Poll 25 (index 24) was sent by user 1, poll 24 by user 2 (Boris Petrov in the seed).
    expect(polls.edges[0]!.node.author).toEqual({ userId: 1, name: expect.any(String) });
    expect(polls.edges[1]!.node.author).toEqual({ userId: 2, name: 'Boris Petrov' });
    expect(polls.edges.every((e) => e.node.chat?.chatId === 1)).toBe(true);
  });

  it('pages newest first with after, without gaps or repeats, and continues after any edge', async () => {
    const ids = await seedChat1();
    const newestFirst = [...ids].reverse();
    const first = (await page('chat1', 20)).body.data?.chat?.polls as PollsPage;
    const second = (await page('chat1', 20, first.pageInfo.endCursor)).body.data?.chat?.polls as PollsPage;
    expect(second.edges.map((e) => e.node.messageId)).toEqual(newestFirst.slice(20));
    expect(second.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
    const fromEdge = (await page('chat1', 3, first.edges[4]!.cursor)).body.data?.chat?.polls as PollsPage;
    expect(fromEdge.edges.map((e) => e.node.messageId)).toEqual(newestFirst.slice(5, 8));
  });

  it('a long stretch without polls ends the page after 3 history reads; the cursor goes on from there', async () => {
    const old = await restPoll(h, { chatId: 3 });
    for (let i = 0; i < 160; i++) await text(h, 'chat3');
    const seq = lastSeq(h);
    const first = (await page('chat3', 5)).body.data?.chat?.polls as PollsPage;
    expect(first.edges).toEqual([]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(count(methodsSince(h, seq), 'im.dialog.messages.get')).toBe(3);
    expect(count(methodsSince(h, seq), 'vote.AttachedVote.getMany')).toBe(0);
    const second = (await page('chat3', 5, first.pageInfo.endCursor)).body.data?.chat?.polls as PollsPage;
    expect(second.edges.map((e) => e.node.messageId)).toEqual([old.messageId]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('a chat without polls is an empty page', async () => {
    await text(h, 'chat4');
    const empty = (await page('chat4', 20)).body.data?.chat?.polls as PollsPage;
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
  });

  it.each([
    ['garbage', 'not a cursor'],
    ['a recentChats cursor', Buffer.from(JSON.stringify({ o: 0, d: null, t: [] })).toString('base64url')],
    ['a zero message id', Buffer.from('cp:0').toString('base64url')],
  ])('a bad cursor (%s) is BAD_USER_INPUT before any portal call', async (_name, after) => {
    const before = h.emulator.httpRequests();
    const reply = await page('chat1', 20, after);
    expect(reply.body.data ?? null).toBeNull();
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    });
    expect(h.emulator.httpRequests() - before).toBe(0);
  });

  it('first outside 1..50 is BAD_USER_INPUT before any portal call', async () => {
    const before = h.emulator.httpRequests();
    const reply = await page('chat1', 51);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_PAGE_SIZE',
    });
    expect(h.emulator.httpRequests() - before).toBe(0);
  });

  it('Poll.chat and Poll.author are null for a poll not reached through its chat', async () => {
    const sent = await restPoll(h, { chatId: 1, userId: 2 });
    const reply = await postGraphQL(
      h.facade,
      `query($m: Int!) { poll(ref: { messageId: $m }) { messageId chat { chatId } author { userId } } }`,
      asUser(1),
      { m: sent.messageId },
    );
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.poll).toEqual({ messageId: sent.messageId, chat: null, author: null });
  });
});

describe('Chat.polls of many chats in one operation (traffic engine on)', () => {
  const h = useHarness(() =>
    startHarness({ GRAPHQL_MAX_COST: '1000000' }, 'emulator', {
      emulator: { seed: chatSeed(), limits: { enabled: false } },
      traffic: true,
    }),
  );

  it('10 chats: their history reads travel together, their polls in one getMany; Poll.chat and Poll.author cost nothing more', async () => {
    const chats = Array.from({ length: 10 }, (_, i) => i + 1);
    for (const chatId of chats) await restPoll(h, { chatId, userId: 2 });
    const aliases = chats
      .map(
        (n) =>
          `c${n}: chat(dialogId: "chat${n}") { polls(first: 5) { edges { node { messageId chat { chatId name } author { userId name } } } } }`,
      )
      .join('\n');
    const seq = lastSeq(h);
    const reply = await postGraphQL(h.facade, `{ ${aliases} }`, asUser(1));
    expect(reply.body.errors).toBeUndefined();
    for (const n of chats) {
      const edges = (reply.body.data?.[`c${n}`] as { polls: PollsPage }).polls.edges;
      expect(edges).toHaveLength(1);
      expect(edges[0]!.node.chat?.chatId).toBe(n);
      expect(edges[0]!.node.author).toEqual({ userId: 2, name: 'Boris Petrov' });
    }
    const methods = methodsSince(h, seq);
    // 10 im.dialog.get (Poll.chat reuses the chat loader: no more), 10 history reads, 1 getMany.
    expect(count(methods, 'im.dialog.get')).toBe(10);
    expect(count(methods, 'im.dialog.messages.get')).toBe(10);
    expect(count(methods, 'vote.AttachedVote.getMany')).toBe(1);
  });
});
