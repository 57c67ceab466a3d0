/**
 * The backend-neutral parts of the poll schema on Bitrix24: ballots by optionIds (Answer.id),
 * Poll.capabilities, and what Bitrix24 cannot do (a quiz, a close time) or what this facade has not
 * configured (a Telegram poll) refused as NotSupported without a portal call.
 */
import { toTelegramId } from '../../../src/graphql/global-id.js';
import { gql, restPoll, startPollHarness, type PollHarness } from './polls-harness.js';
import { asUser, postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';

let h: PollHarness;
beforeAll(async () => {
  h = await startPollHarness();
});
afterAll(async () => {
  await h.close();
});

const READ = `query($ref: PollRef!) { poll(ref: $ref) { id finished quiz explanation
  capabilities { vote retract close reopen listVoters quiz }
  questions { answers { id answerId correct } } } }`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename
  ... on CastBallotSuccess { poll { viewer { myAnswers { questionId answerIds } } } }
  ... on ValidationFailed { field constraint } ... on UserError { code } } }`;
const SEND = `mutation($input: SendPollInput!) { sendPoll(input: $input) { __typename ... on UserError { code message } } }`;
const STOP = `mutation($input: PollActionInput!) { stopPoll(input: $input) { __typename
  ... on StopPollSuccess { poll { capabilities { vote close reopen } } } } }`;

const callCount = () => h.emulator.calls().length;

it('castBallot by optionIds (Answer.id) records those answers', async () => {
  const { messageId } = await restPoll(h, { answers: 3, multiple: true });
  const poll = (await gql(h, 2, READ, { ref: { messageId } })).data?.poll;
  const [first, , third] = poll.questions[0].answers;
  const body = await gql(h, 2, CAST, { input: { ref: { messageId }, optionIds: [third.id, first.id] } });
  expect(body.data?.castBallot.__typename).toBe('CastBallotSuccess');
  expect(body.data?.castBallot.poll.viewer.myAnswers[0].answerIds.sort()).toEqual(
    [first.answerId, third.answerId].sort(),
  );
});

it('an Answer.id of another poll, or of another type, is ValidationFailed naming it', async () => {
  const { messageId } = await restPoll(h);
  const other = await restPoll(h);
  const otherPoll = (await gql(h, 2, READ, { ref: { messageId: other.messageId } })).data?.poll;
  const foreign = await gql(h, 2, CAST, {
    input: { ref: { messageId }, optionIds: [otherPoll.questions[0].answers[0].id] },
  });
  expect(foreign.data?.castBallot).toMatchObject({
    __typename: 'ValidationFailed',
    field: 'input.optionIds.0',
  });
  const before = callCount();
  const notAnswer = await gql(h, 2, CAST, { input: { ref: { messageId }, optionIds: [otherPoll.id] } });
  expect(notAnswer.data?.castBallot).toMatchObject({
    __typename: 'ValidationFailed',
    constraint: 'answerId',
  });
  const two = await gql(h, 2, CAST, {
    input: { ref: { messageId }, optionIds: [otherPoll.id], answerIds: [1] },
  });
  expect(two.data?.castBallot).toMatchObject({ __typename: 'ValidationFailed', constraint: 'exactlyOne' });
  expect(callCount()).toBe(before);
});

it('capabilities say what this caller may do with this poll', async () => {
  const { messageId } = await restPoll(h, { userId: 1 });
  const author = (await gql(h, 1, READ, { ref: { messageId } })).data?.poll;
  expect(author.capabilities).toEqual({
    vote: true,
    retract: false,
    close: true,
    reopen: false,
    listVoters: true,
    quiz: false,
  });
  expect(author).toMatchObject({ quiz: false, explanation: null });
  expect(author.questions[0].answers[0].correct).toBeNull();
  const stranger = (await gql(h, 3, READ, { ref: { messageId } })).data?.poll;
  expect(stranger.capabilities).toMatchObject({ close: false, reopen: false });
  const stopped = await gql(h, 1, STOP, { input: { ref: { messageId } } });
  expect(stopped.data?.stopPoll.poll.capabilities).toEqual({ vote: false, close: false, reopen: true });
});

it('a quiz or a close time on Bitrix24 is NotSupported, without a portal call', async () => {
  const before = callCount();
  const quiz = await gql(h, 1, SEND, {
    input: { chatId: 1, question: 'Q', answers: ['a', 'b'], quiz: true, correctAnswers: [0] },
  });
  expect(quiz.data?.sendPoll).toMatchObject({ __typename: 'NotSupported', code: 'NOT_SUPPORTED' });
  const timed = await gql(h, 1, SEND, {
    input: { chatId: 1, question: 'Q', answers: ['a', 'b'], closePeriod: 60 },
  });
  expect(timed.data?.sendPoll.__typename).toBe('NotSupported');
  expect(callCount()).toBe(before);
});

it('a Telegram poll on a facade without Telegram is NotSupported, without any call', async () => {
  // emulator mode starts the embedded Telegram server unless TELEGRAM_ENABLED=false
  const off = await startHarness({ TELEGRAM_ENABLED: 'false' });
  try {
    await expectTelegramRefused(off);
  } finally {
    await off.close();
  }
});

async function expectTelegramRefused(h: Harness): Promise<void> {
  const callCount = () => h.emulator.calls().length;
  const before = callCount();
  const ref = { dialogId: 'tg:chat:1', messageId: 5 };
  const cast = await gqlAs(h, 2, CAST, { input: { ref, answerIds: [1] } });
  expect(cast.data?.castBallot.__typename).toBe('NotSupported');
  const send = await gqlAs(h, 1, SEND, {
    input: { dialogId: 'tg:chat:1', question: 'Q', answers: ['a', 'b'] },
  });
  expect(send.data?.sendPoll.__typename).toBe('NotSupported');
  const read = await gqlAs(h, 1, READ, { ref: { id: toTelegramId('Poll', ref) } });
  expect(read.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_SUPPORTED' });
  const node = await gqlAs(h, 1, `query($id: ID!) { node(id: $id) { id } }`, {
    id: toTelegramId('Poll', ref),
  });
  expect(node.data?.node).toBeNull();
  expect(callCount()).toBe(before);
}

async function gqlAs(h: Harness, userId: number, query: string, variables: Record<string, unknown> = {}) {
  return (await postGraphQL(h.facade, query, asUser(userId), variables)).body;
}
