/**
 * Live results of Telegram polls over a real WebSocket (graphql-ws) and real MTProto connections to
 * the embedded Telegram server: a subscriber on user 1 sees user 2's ballot through the facade
 * (MUTATION), user 2 changing it directly at the Telegram server on its own teleproto connection
 * (WATCHER, from the updateMessagePoll pushed on user 1's session, with no read), and the poll's
 * close made on another connection of its author; a subscriber that leaves removes its listener
 * and the connection's teleproto handler.
 */
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { TeleprotoInvoker } from '../../../src/backends/telegram/invoker/teleproto.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { optionToId } from '../../../src/backends/telegram/polls/option-id.js';
import { connectTelegramAccess, type TestTelegramAccess } from '../../support/telegram-access.js';
import { waitUntil } from '../../support/wait-until.js';
import { asUser, postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';
import { POLL_RESULTS, subscribe, type Received, type Subscriber } from './live-client.js';

const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) {
  __typename ... on SendPollSuccess { poll { id messageId questions { answers { id } } } } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`;

let telegram: RunningTelegramEmulator;
let access: TestTelegramAccess;
let h: Harness;
const direct: TeleprotoInvoker[] = [];
const open: Subscriber[] = [];

beforeAll(async () => {
  telegram = await startTelegramEmulator();
  access = await connectTelegramAccess(telegram, { '1': 'user-1', '2': 'user-2', '3': 'user-3' });
  h = await startHarness({}, 'emulator', { telegram: access });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await Promise.all(direct.map((c) => c.close().catch(() => undefined)));
  await h?.close();
  await access?.close();
  await telegram?.close();
});

/** A teleproto connection of its own (not the facade's) for a seeded session. */
async function connectDirect(session: string): Promise<TelegramPolls> {
  const invoker = await TeleprotoInvoker.connect(telegram.sessions[session]!, {
    apiId: 1,
    apiHash: 'emulator',
    timeoutMs: 5000,
  });
  direct.push(invoker);
  return new TelegramPolls(invoker);
}

const watcher = () => h.facade.live.telegramWatcher!;
const votesOf = (event: Received): number[] =>
  event.data!.pollResults.poll.questions[0].answers.map((a: { votes: number }) => a.votes);
/** Option bytes of the n-th answer (the facade sends each answer's index as its option). */
const option = (index: number): string => optionToId(Buffer.from([index]));

async function createPoll(): Promise<{ id: string; messageId: number; answerIds: string[] }> {
  const reply = await postGraphQL(h.facade, SEND, asUser(1), {
    input: {
      dialogId: 'tg:chat:1',
      question: 'Lunch?',
      answers: ['Pizza', 'Sushi', 'Soup'],
      revoteAllowed: true,
    },
  });
  const poll = reply.body.data?.sendPoll.poll;
  expect(poll).toBeDefined();
  return {
    id: poll.id,
    messageId: poll.messageId,
    answerIds: poll.questions[0].answers.map((a: any) => a.id),
  };
}

test("user 1's subscription sees user 2's ballots (facade: MUTATION; direct: WATCHER) and the close, with no read per event", async () => {
  const poll = await createPoll();
  const handlersBefore = access.updateHandlers();
  const one = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] });
  open.push(one);
  const snapshot = await one.next();
  expect(snapshot.errors).toBeUndefined();
  expect(snapshot.data?.pollResults.source).toBe('SNAPSHOT');
  await waitUntil(() => watcher().listeners === 1, 'the subscription listening on its session');
  expect(access.updateHandlers()).toBe(handlersBefore + 1);

  // through the facade: the mutation's own event (the push to user 1's session may come first,
  // with the same counts)
  const cast = await postGraphQL(h.facade, CAST, asUser(2), {
    input: { ref: { id: poll.id }, optionIds: [poll.answerIds[1]] },
  });
  expect(cast.body.data?.castBallot.__typename).toBe('CastBallotSuccess');
  let event = await one.next();
  while (event.data?.pollResults.source === 'WATCHER') {
    expect(votesOf(event)).toEqual([0, 1, 0]);
    event = await one.next();
  }
  expect(event.data?.pollResults.source).toBe('MUTATION');
  expect(votesOf(event)).toEqual([0, 1, 0]);
  expect(event.data?.pollResults.poll.viewer).toMatchObject({ hasVoted: false, canVote: true });

  // directly at the Telegram server, on user 2's own connection: only the push tells the facade
  const ref = { peer: { kind: 'chat' as const, id: 1 }, msgId: poll.messageId };
  const userTwo = await connectDirect('user-2');
  const authorElsewhere = await connectDirect('user-1');
  telegram.engine.log.clear();
  await userTwo.vote(ref, [option(0)]);
  event = await one.next();
  expect(event.data?.pollResults.source).toBe('WATCHER');
  expect(votesOf(event)).toEqual([1, 0, 0]);
  expect(event.data?.pollResults.poll.totalVotes).toBe(1);
  // the subscriber's own view stays its own
  expect(event.data?.pollResults.poll.viewer).toMatchObject({ hasVoted: false, myAnswers: [] });

  // the close, made by the author on another connection, reaches the subscriber
  await authorElsewhere.close(ref);
  event = await one.next();
  expect(event.data?.pollResults.source).toBe('WATCHER');
  expect(event.data?.pollResults.poll.finished).toBe(true);
  expect(event.data?.pollResults.poll.viewer).toMatchObject({ canVote: false, canRevote: false });
  // no MTProto read per event: the poll methods since the log was cleared are the direct vote and
  // the direct close (which reads the poll it edits itself); connection housekeeping is left out
  expect(
    telegram.engine.log
      .list()
      .map((c) => c.method)
      .filter((m) => m.startsWith('messages.')),
  ).toEqual(['messages.sendVote', 'messages.getMessages', 'messages.editMessage']);

  // the subscriber leaves: its listener and the connection's teleproto handler go
  await one.close();
  await waitUntil(() => watcher().listeners === 0, 'the listener removed');
  expect(access.updateHandlers()).toBe(handlersBefore);
  expect(watcher().size).toBe(0);
});

test('two subscribers on two sessions get one WATCHER event per change, not one per connection', async () => {
  const poll = await createPoll();
  const one = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] });
  const three = subscribe(h.facade.graphqlUrl, 3, POLL_RESULTS, { ids: [poll.id] });
  open.push(one, three);
  expect((await one.next()).data?.pollResults.source).toBe('SNAPSHOT');
  expect((await three.next()).data?.pollResults.source).toBe('SNAPSHOT');
  await waitUntil(() => watcher().listeners === 2, 'both subscriptions listening');
  const published = watcher().stats.published;
  const userTwo = await connectDirect('user-2');
  await userTwo.vote({ peer: { kind: 'chat', id: 1 }, msgId: poll.messageId }, [option(2)]);
  const seen = await one.next();
  expect(seen.data?.pollResults.source).toBe('WATCHER');
  expect(votesOf(seen)).toEqual([0, 0, 1]);
  expect(votesOf(await three.next())).toEqual([0, 0, 1]);
  // both sessions received the push; it was published once
  await waitUntil(() => watcher().stats.received >= 2, 'the push on both sessions');
  expect(watcher().stats.published - published).toBe(1);
});
