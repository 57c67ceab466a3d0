/**
 * Telegram chats in the graph, through the facade over HTTP and real MTProto connections to the
 * embedded Telegram server: chat(dialogId: "tg:..."), Chat.polls (a page of 20 polls and what it
 * costs in MTProto calls, paging with after), Poll.chat and Poll.author on a poll read by reference,
 * and chats the caller cannot see (a channel they do not subscribe to, unknown ids, CHANNEL_PRIVATE).
 * Call counts come from the embedded server's call log.
 */
import type { RunningTelegramEmulator } from '../../../src/emulators/telegram/server.js';
import { startTelegramFacade, type TelegramFacade } from '../../support/telegram-facade.js';
import { asUser, postGraphQL, type Harness } from '../server/facade-harness.js';

const CHAT = `query($dialogId: String!) { chat(dialogId: $dialogId) {
  id chatId dialogId name description type ownerId memberCount messageCount role canPost lastMessageId } }`;
const PAGE = `query($dialogId: String!, $first: Int, $after: String) { chat(dialogId: $dialogId) {
  dialogId
  polls(first: $first, after: $after) {
    edges { cursor node { id dialogId messageId totalVotes viewer { hasVoted }
      questions { text answers { text votes } }
      chat { dialogId name } author { id userId name } } }
    pageInfo { hasNextPage endCursor } } } }`;
const BY_REF = `query($ref: PollRef!) { poll(ref: $ref) { id messageId
  chat { id dialogId name type } author { id userId name } } }`;
const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) {
  __typename ... on SendPollSuccess { poll { id messageId questions { answers { id } } } } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`;

let telegram: RunningTelegramEmulator;
let h: Harness;

let setup: TelegramFacade;

beforeAll(async () => {
  // dev-token-N acts as Telegram user N; dev user 5 is linked to the bot session; user 3 to nothing
  setup = await startTelegramFacade({ '1': 'user-1', '2': 'user-2', '4': 'user-4', '5': 'bot' });
  ({ telegram, h } = setup);
});
afterAll(() => setup?.close());
beforeEach(() => telegram.engine.reset());

async function gql(user: number, query: string, variables: Record<string, unknown>) {
  const reply = await postGraphQL(h.facade, query, asUser(user), variables);
  return reply.body;
}

/** MTProto calls since the last reset (teleproto's own updates.getState on connect left out). */
const tgCalls = () =>
  telegram.engine.log
    .list()
    .map((c) => c.method)
    .filter((method) => method !== 'updates.getState');

async function createPolls(count: number, dialogId = 'tg:chat:1', user = 1) {
  const polls = [];
  for (let i = 1; i <= count; i += 1) {
    // channel polls are anonymous (Telegram refuses public voters there)
    const anonymous = dialogId.startsWith('tg:channel:');
    const body = await gql(user, SEND, {
      input: { dialogId, question: `Poll ${i}?`, answers: ['Yes', 'No'], anonymous },
    });
    expect(body.data?.sendPoll.__typename).toBe('SendPollSuccess');
    polls.push(body.data!.sendPoll.poll);
  }
  return polls;
}

test('chat(dialogId: "tg:chat:1") answers the basic group with one messages.getChats', async () => {
  const body = await gql(1, CHAT, { dialogId: 'tg:chat:1' });
  expect(body.errors).toBeUndefined();
  expect(body.data?.chat).toMatchObject({
    chatId: 0,
    dialogId: 'tg:chat:1',
    name: 'chat 1',
    description: '',
    type: 'chat',
    ownerId: null,
    memberCount: 6,
    messageCount: 0,
    role: 'MEMBER',
    canPost: true,
    lastMessageId: null,
  });
  expect(Buffer.from(body.data!.chat.id, 'base64').toString('utf8')).toBe('tg:Chat:chat:1');
  expect(tgCalls()).toEqual(['messages.getChats']);
});

test('a channel: its admin sees it and may post; a non-subscriber, an unknown id or CHANNEL_PRIVATE give null', async () => {
  const admin = await gql(1, CHAT, { dialogId: 'tg:channel:1' });
  expect(admin.data?.chat).toMatchObject({ type: 'channel', role: 'MANAGER', canPost: true, memberCount: 4 });
  const subscriber = await gql(2, CHAT, { dialogId: 'tg:channel:1' });
  expect(subscriber.data?.chat).toMatchObject({ role: 'MEMBER', canPost: false });

  // user 4 does not subscribe to the channel
  const outsider = await gql(4, CHAT, { dialogId: 'tg:channel:1' });
  expect(outsider.errors).toBeUndefined();
  expect(outsider.data?.chat).toBeNull();
  const unknown = await gql(1, CHAT, { dialogId: 'tg:channel:9' });
  expect(unknown.errors).toBeUndefined();
  expect(unknown.data?.chat).toBeNull();
  const noGroup = await gql(1, CHAT, { dialogId: 'tg:chat:7' });
  expect(noGroup.errors).toBeUndefined();
  expect(noGroup.data?.chat).toBeNull();

  telegram.engine.faults.add({
    kind: 'rpcError',
    errorCode: 400,
    errorMessage: 'CHANNEL_PRIVATE',
    count: 1,
    methods: ['channels.getChannels'],
  });
  const hidden = await gql(1, CHAT, { dialogId: 'tg:channel:1' });
  expect(hidden.errors).toBeUndefined();
  expect(hidden.data?.chat).toBeNull();

  // no linked Telegram session: no Telegram chat, and no call
  telegram.engine.log.clear();
  const unlinked = await gql(3, CHAT, { dialogId: 'tg:chat:1' });
  expect(unlinked.data?.chat).toBeNull();
  expect(tgCalls()).toEqual([]);
});

test('several Telegram chats in one operation share one call per kind', async () => {
  const query = `{ a: chat(dialogId: "tg:chat:1") { name } b: chat(dialogId: "tg:channel:1") { name }
    c: chat(dialogId: "tg:user:2") { name type role } d: chat(dialogId: "tg:chat:7") { name } }`;
  const body = await gql(1, query, {});
  expect(body.errors).toBeUndefined();
  expect(body.data).toEqual({
    a: { name: 'chat 1' },
    b: { name: 'channel 1' },
    c: { name: 'Boris Petrov', type: 'private', role: 'NONE' },
    d: null,
  });
  // getChats for [1, 7] is refused as a whole (CHAT_ID_INVALID), then asked again id by id
  expect(tgCalls().sort()).toEqual(
    [
      'channels.getChannels',
      'messages.getChats',
      'messages.getChats',
      'messages.getChats',
      'users.getUsers',
    ].sort(),
  );
});

test('Chat.polls: a page of 20 of 25 polls, newest first, with results, chat and author, in 2 MTProto calls; then the rest with after', async () => {
  const created = await createPolls(25);
  const newest = created[24];
  const vote = await gql(2, CAST, {
    input: { ref: { id: newest.id }, optionIds: [newest.questions[0].answers[1].id] },
  });
  expect(vote.data?.castBallot.__typename).toBe('CastBallotSuccess');

  telegram.engine.log.clear();
  const first = await gql(2, PAGE, { dialogId: 'tg:chat:1', first: 20 });
  expect(first.errors).toBeUndefined();
  const edges = first.data!.chat.polls.edges;
  expect(edges).toHaveLength(20);
  expect(edges.map((e: { node: { messageId: number } }) => e.node.messageId)).toEqual(
    created
      .slice(5)
      .reverse()
      .map((p) => p.messageId),
  );
  expect(edges[0].node).toMatchObject({
    id: newest.id,
    dialogId: 'tg:chat:1',
    totalVotes: 1,
    viewer: { hasVoted: true },
    questions: [
      {
        text: 'Poll 25?',
        answers: [
          { text: 'Yes', votes: 0 },
          { text: 'No', votes: 1 },
        ],
      },
    ],
    chat: { dialogId: 'tg:chat:1', name: 'chat 1' },
    author: { userId: 1, name: 'Anna Admin' },
  });
  expect(Buffer.from(edges[0].node.author.id, 'base64').toString('utf8')).toBe('tg:User:1');
  expect(first.data!.chat.polls.pageInfo.hasNextPage).toBe(true);
  // the chat (getChats, shared by chat and every Poll.chat) and one search: results and authors come with it
  expect(tgCalls()).toEqual(['messages.getChats', 'messages.search']);

  telegram.engine.log.clear();
  const rest = await gql(2, PAGE, {
    dialogId: 'tg:chat:1',
    first: 20,
    after: first.data!.chat.polls.pageInfo.endCursor,
  });
  expect(rest.errors).toBeUndefined();
  expect(rest.data!.chat.polls.edges.map((e: { node: { messageId: number } }) => e.node.messageId)).toEqual(
    created
      .slice(0, 5)
      .reverse()
      .map((p) => p.messageId),
  );
  expect(rest.data!.chat.polls.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  expect(tgCalls()).toEqual(['messages.getChats', 'messages.search']);
});

test('Chat.polls: a malformed after is BAD_USER_INPUT without a call; a bot session is refused without a search', async () => {
  await createPolls(2);
  telegram.engine.log.clear();
  const bad = await gql(1, PAGE, { dialogId: 'tg:chat:1', after: 'not-a-cursor' });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
  expect(tgCalls()).toEqual([]);

  const bot = await gql(5, PAGE, { dialogId: 'tg:chat:1' });
  // Chat.polls is non-null, so its error nulls the chat; the search was never sent
  expect(bot.data?.chat).toBeNull();
  expect(bot.errors?.[0]).toMatchObject({
    path: ['chat', 'polls'],
    extensions: { code: 'BAD_USER_INPUT', reason: 'NOT_SUPPORTED' },
  });
  expect(tgCalls()).toEqual(['messages.getChats']);
});

test('Poll.chat and Poll.author on polls read by reference: one getMessages for the polls, one for all authors, one getChats', async () => {
  const [a] = await createPolls(1, 'tg:chat:1', 1);
  const [b] = await createPolls(1, 'tg:chat:1', 2);
  telegram.engine.log.clear();
  const query = `query($a: PollRef!, $b: PollRef!) {
    a: poll(ref: $a) { messageId chat { dialogId name } author { id userId name } }
    b: poll(ref: $b) { messageId chat { dialogId name } author { id userId name } } }`;
  const body = await gql(1, query, {
    a: { dialogId: 'tg:chat:1', messageId: a.messageId },
    b: { id: b.id },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data?.a).toMatchObject({
    chat: { dialogId: 'tg:chat:1', name: 'chat 1' },
    author: { userId: 1, name: 'Anna Admin' },
  });
  expect(body.data?.b).toMatchObject({
    chat: { dialogId: 'tg:chat:1', name: 'chat 1' },
    author: { userId: 2, name: 'Boris Petrov' },
  });
  // both polls in one getMessages (the request's batched read), their authors in another
  expect(tgCalls().sort()).toEqual(
    ['messages.getChats', 'messages.getMessages', 'messages.getMessages'].sort(),
  );

  // a channel post names no user: null, and no call for it
  const [post] = await createPolls(1, 'tg:channel:1', 1);
  telegram.engine.log.clear();
  const channel = await gql(1, BY_REF, { ref: { id: post.id } });
  expect(channel.errors).toBeUndefined();
  expect(channel.data?.poll).toMatchObject({
    chat: { dialogId: 'tg:channel:1', type: 'channel' },
    author: null,
  });
  expect(tgCalls().sort()).toEqual(['channels.getChannels', 'messages.getPollResults']);
});

test('a malformed Telegram dialog id is BAD_USER_INPUT without a call', async () => {
  const bad = await gql(1, CHAT, { dialogId: 'tg:chat:0' });
  expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DIALOG_ID' });
  expect(tgCalls()).toEqual([]);
});
