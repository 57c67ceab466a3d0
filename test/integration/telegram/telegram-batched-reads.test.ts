/**
 * Telegram polls read by reference are batched per request: every poll(ref:) alias, node and nodes
 * of one operation goes through one DataLoader onto TelegramPolls.readEach, so the polls of a
 * basic group cost one messages.getMessages, and channel polls one getPollResults each. Through
 * the facade over HTTP and real MTProto connections to the embedded Telegram server; the counts come
 * from the server's call log. The answers equal those of one read per operation.
 */
import type { RunningTelegramEmulator } from '../../../src/emulators/telegram/server.js';
import { startTelegramFacade, type TelegramFacade } from '../../support/telegram-facade.js';
import { asUser, postGraphQL, type Harness } from '../server/facade-harness.js';

const POLL = `id dialogId messageId finished totalVotes anonymous quiz explanation
  viewer { hasVoted myAnswers { questionId answerIds } }
  questions { answers { id text votes correct } }`;
const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) {
  __typename ... on SendPollSuccess { poll { id messageId questions { answers { id } } } } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`;
const READ = `query($ref: PollRef!) { poll(ref: $ref) { ${POLL} } }`;

let telegram: RunningTelegramEmulator;
let h: Harness;

let setup: TelegramFacade;

beforeAll(async () => {
  setup = await startTelegramFacade({ '1': 'user-1', '2': 'user-2' });
  ({ telegram, h } = setup);
});
afterAll(() => setup?.close());
beforeEach(() => telegram.engine.reset());

async function gql(user: number, query: string, variables: Record<string, unknown> = {}) {
  const reply = await postGraphQL(h.facade, query, asUser(user), variables);
  return reply.body;
}

/** MTProto calls since the last clear (teleproto's own updates.getState on connect left out). */
const tgCalls = () =>
  telegram.engine.log
    .list()
    .map((c) => c.method)
    .filter((method) => method !== 'updates.getState');

type Sent = { id: string; messageId: number; questions: Array<{ answers: Array<{ id: string }> }> };

async function createPolls(count: number, dialogId: string, quizEvery = 0): Promise<Sent[]> {
  const polls: Sent[] = [];
  for (let i = 0; i < count; i += 1) {
    const quiz = quizEvery > 0 && i % quizEvery === 0;
    const body = await gql(1, SEND, {
      input: {
        dialogId,
        question: `Poll ${i}?`,
        answers: ['a', 'b', 'c'],
        // channel polls are anonymous (Telegram refuses public voters there)
        anonymous: dialogId.startsWith('tg:channel:'),
        ...(quiz ? { quiz: true, correctAnswers: [2], explanation: 'c it is' } : {}),
      },
    });
    expect(body.data?.sendPoll.__typename).toBe('SendPollSuccess');
    polls.push(body.data!.sendPoll.poll);
  }
  return polls;
}

/** One operation with a poll(ref:) alias per poll. */
const aliases = (polls: readonly Sent[]) =>
  `{ ${polls.map((p, i) => `p${i}: poll(ref: { id: ${JSON.stringify(p.id)} }) { ${POLL} }`).join('\n')} }`;

test('20 polls of tg:chat:1 read in one operation cost one messages.getMessages, with the answers of single reads', async () => {
  const polls = await createPolls(20, 'tg:chat:1', 5);
  for (const [i, poll] of polls.entries()) {
    if (i % 2 !== 0) continue;
    const answer = poll.questions[0]!.answers[i % 3]!;
    const voted = await gql(2, CAST, { input: { ref: { id: poll.id }, optionIds: [answer.id] } });
    expect(voted.data?.castBallot.__typename).toBe('CastBallotSuccess');
  }
  telegram.engine.log.clear();
  const batched = await gql(2, aliases(polls));
  expect(batched.errors).toBeUndefined();
  expect(tgCalls()).toEqual(['messages.getMessages']);

  const single = [];
  for (const poll of polls) single.push((await gql(2, READ, { ref: { id: poll.id } })).data?.poll);
  expect(polls.map((_, i) => batched.data?.[`p${i}`])).toEqual(single);
  expect(single.filter((poll) => poll.viewer.hasVoted)).toHaveLength(10);
  expect(single.filter((poll) => poll.quiz)).toHaveLength(4);

  telegram.engine.log.clear();
  const nodes = await gql(2, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Poll { ${POLL} } } }`, {
    ids: polls.map((p) => p.id),
  });
  expect(nodes.data?.nodes).toEqual(single);
  expect(tgCalls()).toEqual(['messages.getMessages']);
});

test('a mixed operation (group + channel polls) costs one getMessages plus one getPollResults per channel poll', async () => {
  const group = await createPolls(3, 'tg:chat:1');
  const channel = await createPolls(2, 'tg:channel:1');
  telegram.engine.log.clear();
  const body = await gql(2, aliases([...group, ...channel]));
  expect(body.errors).toBeUndefined();
  expect([0, 1, 2, 3, 4].map((i) => body.data?.[`p${i}`].dialogId)).toEqual([
    'tg:chat:1',
    'tg:chat:1',
    'tg:chat:1',
    'tg:channel:1',
    'tg:channel:1',
  ]);
  expect(tgCalls().sort()).toEqual(
    ['messages.getMessages', 'messages.getPollResults', 'messages.getPollResults'].sort(),
  );
});

test('a poll the caller cannot see gets what its single read gets, and the rest of the batch is answered', async () => {
  const [poll] = await createPolls(1, 'tg:chat:1');
  const alone = await gql(2, READ, { ref: { dialogId: 'tg:chat:1', messageId: 999 } });
  const query = `query($a: PollRef!, $b: PollRef!) { a: poll(ref: $a) { ${POLL} } b: poll(ref: $b) { ${POLL} } }`;
  const body = await gql(2, query, {
    a: { id: poll!.id },
    b: { dialogId: 'tg:chat:1', messageId: 999 },
  });
  expect(body.data?.a).toMatchObject({ id: poll!.id, messageId: poll!.messageId });
  expect(body.data?.b).toEqual(alone.data?.poll);
  expect(body.data?.b).toBeNull();
  expect(body.errors).toEqual(alone.errors);
});
