/**
 * Relay object identification over real HTTP: node(id) / nodes(ids) refetch polls, their parts and
 * chats through the same per-request loaders as the feature queries, per user; unusable ids are
 * refused before any portal call.
 */
import { chatGlobalId } from '../../../src/chats/chat.types.js';
import { botGlobalId } from '../../../src/bot-messages/bot.types.js';
import { pollGlobalId } from '../../../src/polls/poll-id.js';
import { userGlobalId } from '../../../src/users/user-id.js';
import { gql, restPoll, startPollHarness, type PollHarness } from '../polls/polls-harness.js';

let h: PollHarness;
/** Polls in chat 2 (members: users 1 and 2), by message id. */
let messageIds: number[];
/** Their opaque ids, same order. */
let pollIds: string[];

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const NODE = `query Node($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Poll { attachId messageId totalVotes viewer { hasVoted canVote } questions { id answers { id answerId } } }
    ... on Question { questionId text }
    ... on Answer { answerId text votes }
    ... on Chat { chatId dialogId name role }
    ... on User { userId name }
  }
}`;

const NODES = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Poll { attachId } } }`;

/** Portal HTTP requests and executed methods caused by `fn`. */
async function traffic(fn: () => Promise<unknown>): Promise<{ requests: number; methods: string[] }> {
  const seq = h.emulator.calls().at(-1)?.seq ?? 0;
  const before = h.emulator.httpRequests();
  await fn();
  return {
    requests: h.emulator.httpRequests() - before,
    methods: h.emulator
      .calls()
      .filter((c) => c.seq > seq)
      .map((c) => c.method),
  };
}

beforeAll(async () => {
  h = await startPollHarness();
  messageIds = [];
  for (let i = 0; i < 120; i++) messageIds.push((await restPoll(h, { chatId: 2 })).messageId);
  const read = await gql(h, 1, `query($ids: [Int!]!) { polls(messageIds: $ids) { id } }`, {
    ids: messageIds,
  });
  pollIds = (read.data?.polls as { id: string }[]).map((p) => p.id);
});
afterAll(async () => {
  await h.close();
});

describe('node(id)', () => {
  it('refetches a poll as the caller sees it: the same id, per-user viewer state', async () => {
    const poll = await gql(h, 1, NODE, { id: pollIds[0] });
    expect(poll.errors).toBeUndefined();
    const node = poll.data?.node;
    expect(node).toMatchObject({
      __typename: 'Poll',
      id: pollIds[0],
      messageId: messageIds[0],
      totalVotes: 0,
    });
    expect(node.id).toBe(pollGlobalId(node.attachId));

    // User 2 votes; the same id then reads differently for user 2 and user 1.
    const answerId = node.questions[0].answers[0].answerId;
    const vote = await gql(
      h,
      2,
      `mutation($attachId: Int!, $answerId: Int!) {
        castBallot(input: { ref: { attachId: $attachId }, answerIds: [$answerId] }) { __typename }
      }`,
      { attachId: node.attachId, answerId },
    );
    expect(vote.data?.castBallot).toEqual({ __typename: 'CastBallotSuccess' });
    const asVoter = await gql(h, 2, NODE, { id: pollIds[0] });
    const asOther = await gql(h, 1, NODE, { id: pollIds[0] });
    expect(asVoter.data?.node).toMatchObject({ totalVotes: 1, viewer: { hasVoted: true } });
    expect(asOther.data?.node).toMatchObject({ totalVotes: 1, viewer: { hasVoted: false, canVote: true } });
  });

  it('refetches a question and an answer of a poll by their own ids', async () => {
    const poll = (await gql(h, 1, NODE, { id: pollIds[1] })).data?.node;
    const question = await gql(h, 1, NODE, { id: poll.questions[0].id });
    expect(question.errors).toBeUndefined();
    expect(question.data?.node).toMatchObject({
      __typename: 'Question',
      id: poll.questions[0].id,
      text: 'Set-up poll',
    });
    const answer = await gql(h, 1, NODE, { id: poll.questions[0].answers[1].id });
    expect(answer.data?.node).toMatchObject({ __typename: 'Answer', text: 'Option 2', votes: 0 });
  });

  it('a poll in a chat the caller is not in is null, without an error', async () => {
    const reply = await gql(h, 3, NODE, { id: pollIds[0] });
    expect(reply.errors).toBeUndefined();
    expect(reply.data).toEqual({ node: null });
  });

  it('refetches a chat by id; role per user; a chat the caller cannot see is null', async () => {
    const asOwner = await gql(h, 1, NODE, { id: chatGlobalId(2) });
    expect(asOwner.errors).toBeUndefined();
    expect(asOwner.data?.node).toEqual({
      __typename: 'Chat',
      id: chatGlobalId(2),
      chatId: 2,
      dialogId: 'chat2',
      name: 'Project Alpha',
      role: 'OWNER',
    });
    const asMember = await gql(h, 2, NODE, { id: chatGlobalId(2) });
    expect(asMember.data?.node).toMatchObject({ id: chatGlobalId(2), role: 'MEMBER' });
    const hidden = await traffic(async () => {
      const reply = await gql(h, 3, NODE, { id: chatGlobalId(2) });
      expect(reply.errors).toBeUndefined();
      expect(reply.data).toEqual({ node: null });
    });
    expect(hidden.methods).toEqual(['im.dialog.get']);
  });

  it('the id a chat query returns refetches the same chat', async () => {
    const chat = await gql(h, 2, `{ chat(dialogId: "chat1") { id name } }`);
    const node = await gql(h, 2, NODE, { id: chat.data?.chat.id });
    expect(node.data?.node).toMatchObject({ __typename: 'Chat', id: chat.data?.chat.id, name: 'General' });
  });

  it.each([
    ['garbage', 'definitely-not-an-id'],
    ['a bare number', '17'],
    ['an unknown type', b64('b24:Message:17')],
    ['another backend', b64('tg:Poll:17')],
    ['a malformed key', b64('b24:Poll:abc')],
  ])('refuses %s with BAD_USER_INPUT naming id, without a portal call', async (_label, id) => {
    const t = await traffic(async () => {
      const reply = await gql(h, 1, NODE, { id });
      expect(reply.data).toEqual({ node: null });
      expect(reply.errors).toHaveLength(1);
      expect(reply.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_NODE_ID',
        details: { argument: 'id' },
      });
    });
    expect(t.requests).toBe(0);
  });

  it('non-refetchable ids (RecentChat, BotMessage, another user) are null without a portal call', async () => {
    for (const id of [b64('b24:RecentChat:chat2'), botGlobalId('BotMessage', 5), userGlobalId(4)]) {
      const t = await traffic(async () => {
        const reply = await gql(h, 1, `query($id: ID!) { node(id: $id) { id } }`, { id });
        expect(reply.errors).toBeUndefined();
        expect(reply.data).toEqual({ node: null });
      });
      // The User id costs one user.current (the caller may be user 4); the others nothing.
      expect(t.methods).toEqual(id === userGlobalId(4) ? ['user.current'] : []);
    }
  });

  it("refetches the caller's own User", async () => {
    const reply = await gql(h, 2, NODE, { id: userGlobalId(2) });
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.node).toEqual({
      __typename: 'User',
      id: userGlobalId(2),
      userId: 2,
      name: 'Boris Petrov',
    });
  });
});

describe('nodes(ids)', () => {
  it('120 poll ids cost 3 portal requests (batches of 50 gets), order kept', async () => {
    let reply: Awaited<ReturnType<typeof gql>> | undefined;
    const t = await traffic(async () => {
      reply = await gql(h, 1, NODES, { ids: pollIds });
    });
    expect(reply?.errors).toBeUndefined();
    expect((reply?.data?.nodes as { id: string }[]).map((n) => n.id)).toEqual(pollIds);
    expect(t.requests).toBeLessThanOrEqual(3);
    expect(t.methods.filter((m) => m === 'batch')).toHaveLength(3);
  });

  it('mixes types; polls and chats batch through their loaders; invisible entries are null', async () => {
    const ids = [pollIds[5], chatGlobalId(1), chatGlobalId(2), pollIds[6], b64('b24:RecentChat:chat1')];
    let reply: Awaited<ReturnType<typeof gql>> | undefined;
    const t = await traffic(async () => {
      reply = await gql(h, 3, NODES, { ids });
    });
    expect(reply?.errors).toBeUndefined();
    // User 3 is in chat 1 only: the chat-2 polls and chat 2 are not visible to them.
    expect(reply?.data?.nodes).toEqual([null, { __typename: 'Chat', id: chatGlobalId(1) }, null, null, null]);
    // One batch of two poll gets, one batch of two dialog reads.
    expect(t.requests).toBe(2);
  });

  it('one bad id refuses the whole request, naming its position, before any portal call', async () => {
    const t = await traffic(async () => {
      const reply = await gql(h, 1, NODES, { ids: [pollIds[0], 'nope'] });
      expect(reply.data).toBeNull();
      expect(reply.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { argument: 'ids.1' },
      });
    });
    expect(t.requests).toBe(0);
  });
});

describe('node(id) for bots', () => {
  it('refetches a registered bot by id; an unknown bot id is null', async () => {
    const registered = await gql(
      h,
      1,
      `mutation { registerBot(input: { code: "node_refetch", name: "Refetcher" }) {
        __typename ... on RegisterBotSuccess { bot { id botId code } } } }`,
    );
    const bot = registered.data?.registerBot.bot;
    expect(bot.id).toBe(botGlobalId('Bot', bot.botId));
    const query = `query($id: ID!) { node(id: $id) { __typename id ... on Bot { botId code } } }`;
    const reply = await gql(h, 2, query, { id: bot.id });
    expect(reply.errors).toBeUndefined();
    expect(reply.data?.node).toEqual({
      __typename: 'Bot',
      id: bot.id,
      botId: bot.botId,
      code: 'node_refetch',
    });
    const unknown = await gql(h, 1, query, { id: botGlobalId('Bot', 999999) });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data).toEqual({ node: null });
  });
});
