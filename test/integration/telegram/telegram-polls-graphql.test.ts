/**
 * Telegram polls through the facade's GraphQL schema, over HTTP, against the embedded Telegram
 * server over real MTProto connections (teleproto): the walk-through (create as user 1,
 * vote by optionIds as user 2, user 3 sees the count, revote refused, close, vote on a closed poll,
 * reopen refused without a call, a quiz revealing its answer, a bot session refused without a
 * call), voters of a public poll, refetch by id, and the error table's members.
 */
import type { RunningTelegramEmulator } from '../../../src/emulators/telegram/server.js';
import { startTelegramFacade, type TelegramFacade } from '../../support/telegram-facade.js';
import { asUser, postGraphQL, type Harness } from '../server/facade-harness.js';

const POLL = `
  id dialogId messageId attachId voteId signedAttachId finished totalVotes anonymous revoteAllowed quiz explanation
  capabilities { vote retract close reopen listVoters quiz }
  viewer { id hasVoted myAnswers { questionId answerIds } }
  questions { id questionId answers { id answerId text votes correct } }
`;
const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) {
  __typename ... on SendPollSuccess { poll { ${POLL} } } ... on UserError { code message }
  ... on ValidationFailed { field constraint } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) {
  __typename ... on CastBallotSuccess { poll { ${POLL} } } ... on UserError { code message }
  ... on ValidationFailed { field constraint } } }`;
const RECALL = `mutation($input: PollActionInput!) { recallBallot(input: $input) {
  __typename ... on RecallBallotSuccess { poll { ${POLL} } } ... on UserError { code message } } }`;
const STOP = `mutation($input: PollActionInput!) { stopPoll(input: $input) {
  __typename ... on StopPollSuccess { poll { ${POLL} } } ... on UserError { code message } } }`;
const RESUME = `mutation($input: PollActionInput!) { resumePoll(input: $input) {
  __typename ... on ResumePollSuccess { poll { id } } ... on UserError { code message } } }`;
const READ = `query($ref: PollRef!) { poll(ref: $ref) { ${POLL} } }`;

let telegram: RunningTelegramEmulator;
let h: Harness;

let setup: TelegramFacade;

beforeAll(async () => {
  // dev-token-N acts as Telegram user N; dev user 5 is linked to the bot session here
  setup = await startTelegramFacade({ '1': 'user-1', '2': 'user-2', '3': 'user-3', '5': 'bot' });
  ({ telegram, h } = setup);
});
afterAll(() => setup?.close());
beforeEach(() => telegram.engine.reset());

async function gql(user: number, query: string, variables: Record<string, unknown>) {
  const reply = await postGraphQL(h.facade, query, asUser(user), variables);
  return reply.body;
}

/** Poll methods the Telegram server received since the last reset. */
const tgCalls = () => telegram.engine.log.list().map((c) => c.method);

async function createPoll(input: Record<string, unknown> = {}) {
  const body = await gql(1, SEND, {
    input: { dialogId: 'tg:chat:1', question: 'Lunch?', answers: ['Pizza', 'Sushi', 'Soup'], ...input },
  });
  expect(body.errors).toBeUndefined();
  expect(body.data?.sendPoll.__typename).toBe('SendPollSuccess');
  return body.data!.sendPoll.poll;
}

test('the walk-through: create, vote by optionIds, count, revote refused, close, closed, reopen refused', async () => {
  const poll = await createPoll();
  expect(poll).toMatchObject({
    dialogId: 'tg:chat:1',
    attachId: 0,
    voteId: 0,
    signedAttachId: '',
    finished: false,
  });
  expect(poll.capabilities).toMatchObject({ close: true, reopen: false, quiz: true });
  const ref = { dialogId: 'tg:chat:1', messageId: poll.messageId };
  const [pizza, sushi] = poll.questions[0].answers;

  const voted = await gql(2, CAST, { input: { ref: { id: poll.id }, optionIds: [sushi.id] } });
  expect(voted.data?.castBallot.__typename).toBe('CastBallotSuccess');
  expect(voted.data?.castBallot.poll.viewer.myAnswers).toEqual([{ questionId: 1, answerIds: [2] }]);
  expect(voted.data?.castBallot.poll.capabilities).toMatchObject({ vote: false, retract: false });

  const seen = await gql(3, READ, { ref });
  expect(seen.data?.poll.totalVotes).toBe(1);
  expect(seen.data?.poll.viewer.hasVoted).toBe(false);

  const again = await gql(2, CAST, { input: { ref, optionIds: [pizza.id] } });
  expect(again.data?.castBallot.__typename).toBe('RevoteNotAllowed');
  const recalled = await gql(2, RECALL, { input: { ref } });
  expect(recalled.data?.recallBallot.__typename).toBe('RevoteNotAllowed');

  const stopped = await gql(1, STOP, { input: { ref } });
  expect(stopped.data?.stopPoll.__typename).toBe('StopPollSuccess');
  expect(stopped.data?.stopPoll.poll.finished).toBe(true);

  const late = await gql(3, CAST, { input: { ref, optionIds: [pizza.id] } });
  expect(late.data?.castBallot.__typename).toBe('PollClosed');

  telegram.engine.log.clear();
  const reopened = await gql(1, RESUME, { input: { ref } });
  expect(reopened.data?.resumePoll.__typename).toBe('NotSupported');
  expect(reopened.data?.resumePoll.code).toBe('NOT_SUPPORTED');
  expect(tgCalls()).toEqual([]);
});

test('a quiz shows its correct answer and explanation after the vote, not before', async () => {
  const poll = await createPoll({ quiz: true, correctAnswers: [2], explanation: 'Soup is always right.' });
  expect(poll.quiz).toBe(true);
  const before = await gql(2, READ, { ref: { id: poll.id } });
  expect(before.data?.poll.questions[0].answers.map((a: { correct: unknown }) => a.correct)).toEqual([
    null,
    null,
    null,
  ]);
  expect(before.data?.poll.explanation).toBeNull();
  const voted = await gql(2, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  expect(voted.data?.castBallot.__typename).toBe('CastBallotSuccess');
  const after = voted.data!.castBallot.poll;
  expect(after.questions[0].answers.map((a: { correct: unknown }) => a.correct)).toEqual([
    false,
    false,
    true,
  ]);
  expect(after.explanation).toBe('Soup is always right.');
});

test('a bot session cannot vote or retract: NotSupported with zero calls on the server', async () => {
  const poll = await createPoll();
  telegram.engine.log.clear();
  const ref = { id: poll.id };
  const voted = await gql(5, CAST, { input: { ref, optionIds: [poll.questions[0].answers[0].id] } });
  expect(voted.data?.castBallot.__typename).toBe('NotSupported');
  const recalled = await gql(5, RECALL, { input: { ref } });
  expect(recalled.data?.recallBallot.__typename).toBe('NotSupported');
  expect(tgCalls()).toEqual([]);
  // and it is told so in advance
  const seen = await gql(5, READ, { ref });
  expect(seen.data?.poll.capabilities).toMatchObject({ vote: false, retract: false, listVoters: false });
});

test('voters of a public poll, and an anonymous one hidden', async () => {
  const poll = await createPoll({ anonymous: false });
  await gql(2, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  await gql(3, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  const q = `query($ref: PollRef!) { poll(ref: $ref) { questions { answers { votes voters(first: 10) { totalCount hidden edges { node { id userId name } } } } } } }`;
  const body = await gql(1, q, { ref: { id: poll.id } });
  expect(body.errors).toBeUndefined();
  const first = body.data?.poll.questions[0].answers[0];
  expect(first.votes).toBe(2);
  expect(first.voters.totalCount).toBe(2);
  expect(first.voters.edges.map((e: { node: { userId: number } }) => e.node.userId).sort()).toEqual([2, 3]);

  const hidden = await createPoll({ anonymous: true });
  const anon = await gql(1, q, { ref: { id: hidden.id } });
  expect(anon.data?.poll.questions[0].answers[0].voters).toMatchObject({ hidden: true, totalCount: 0 });
});

test('node(id) refetches a Telegram poll and its answers; retracting where allowed', async () => {
  const poll = await createPoll({ revoteAllowed: true, multipleChoice: true });
  const answer = poll.questions[0].answers[2];
  const nodes = await gql(
    2,
    `query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Answer { text } ... on Poll { dialogId } } }`,
    {
      ids: [poll.id, answer.id],
    },
  );
  expect(nodes.data?.nodes).toEqual([
    { id: poll.id, dialogId: 'tg:chat:1' },
    { id: answer.id, text: 'Soup' },
  ]);
  const voted = await gql(2, CAST, {
    input: { ref: { id: poll.id }, optionIds: [poll.questions[0].answers[0].id, answer.id] },
  });
  expect(voted.data?.castBallot.poll.viewer.myAnswers).toEqual([{ questionId: 1, answerIds: [1, 3] }]);
  const recalled = await gql(2, RECALL, { input: { ref: { id: poll.id } } });
  expect(recalled.data?.recallBallot.__typename).toBe('RecallBallotSuccess');
  expect(recalled.data?.recallBallot.poll.totalVotes).toBe(0);
});

test('refusals before any call: bad tg dialogId, an answer of another poll, no linked session', async () => {
  const poll = await createPoll();
  const other = await createPoll();
  telegram.engine.log.clear();
  const badChat = await gql(1, SEND, {
    input: { dialogId: 'tg:group:1', question: 'Q', answers: ['a', 'b'] },
  });
  expect(badChat.data?.sendPoll).toMatchObject({ __typename: 'ValidationFailed', field: 'input.dialogId' });
  const foreign = await gql(2, CAST, {
    input: { ref: { id: poll.id }, optionIds: [other.questions[0].answers[0].id] },
  });
  expect(foreign.data?.castBallot).toMatchObject({
    __typename: 'ValidationFailed',
    field: 'input.optionIds.0',
  });
  // user 4 has no linked Telegram account in this test
  const unlinked = await gql(4, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  expect(unlinked.data?.castBallot.__typename).toBe('PermissionDenied');
  // the only call: reading the poll to check user 2's answers against it (a batched read by message)
  expect(tgCalls()).toEqual(['messages.getMessages']);
});

test('the error table reaches the unions: unknown message, an invalid option, too long a question', async () => {
  const missing = await gql(2, CAST, {
    input: { ref: { dialogId: 'tg:chat:1', messageId: 999 }, answerIds: [1] },
  });
  expect(missing.data?.castBallot.__typename).toBe('PollNotFound');
  const read = await gql(2, READ, { ref: { dialogId: 'tg:chat:1', messageId: 999 } });
  expect(read.data?.poll).toBeNull();
  const notMember = await gql(2, SEND, {
    input: { dialogId: 'tg:chat:77', question: 'Q', answers: ['a', 'b'] },
  });
  expect(notMember.data?.sendPoll.__typename).toBe('ChatNotFound');
  telegram.engine.log.clear();
  const long = await gql(1, SEND, {
    input: { dialogId: 'tg:chat:1', question: 'x'.repeat(300), answers: ['a', 'b'] },
  });
  expect(long.data?.sendPoll).toMatchObject({ __typename: 'ValidationFailed', field: 'input.question' });
  expect(tgCalls()).toEqual([]);
});

test('a flood wait is RATE_LIMITED with retryAfterSeconds; a channel private error is PermissionDenied', async () => {
  const poll = await createPoll();
  telegram.engine.faults.add({ kind: 'floodWait', seconds: 1, count: 1, methods: ['messages.sendVote'] });
  const flooded = await gql(3, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  expect(flooded.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
  telegram.engine.faults.add({
    kind: 'rpcError',
    errorCode: 400,
    errorMessage: 'CHANNEL_PRIVATE',
    count: 1,
    methods: ['messages.sendVote'],
  });
  const refused = await gql(3, CAST, { input: { ref: { id: poll.id }, answerIds: [1] } });
  expect(refused.data?.castBallot.__typename).toBe('PermissionDenied');
  // nothing was counted
  const seen = await gql(1, READ, { ref: { id: poll.id } });
  expect(seen.data?.poll.totalVotes).toBe(0);
});
