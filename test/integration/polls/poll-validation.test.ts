/**
 * Every bad input is refused by the facade with its typed error (ValidationFailed naming the
 * field as data for mutations, BAD_USER_INPUT for queries) and the portal never hears of it.
 */
import { CAST_BALLOT, POLL_QUERY, RECALL_BALLOT, SEND_POLL, STOP_POLL } from './poll-fragments.js';
import { gql, restPoll, startPollHarness, type PollHarness } from './polls-harness.js';

let h: PollHarness;
beforeAll(async () => {
  h = await startPollHarness();
});
afterAll(async () => {
  await h.close();
});

/** Runs one operation and asserts it caused no portal request at all. */
async function withoutPortal(query: string, variables: Record<string, unknown>) {
  const before = h.emulator.httpRequests();
  const body = await gql(h, 1, query, variables);
  expect(h.emulator.httpRequests()).toBe(before);
  return body;
}

const poll = { chatId: 1, question: 'Q?', answers: ['A', 'B'] };
const ten = Array.from({ length: 10 }, (_, i) => `A${i}`);

describe.each([
  ['no chat', { ...poll, chatId: null }, 'input.chatId', 'exactlyOne'],
  ['chatId and dialogId', { ...poll, dialogId: 'chat1' }, 'input.chatId', 'exactlyOne'],
  ['chatId 0', { ...poll, chatId: 0 }, 'input.chatId', 'positive'],
  ['a one-to-one dialog id', { ...poll, chatId: null, dialogId: '5' }, 'input.dialogId', 'pattern'],
  ['a blank question', { ...poll, question: '  \n ' }, 'input.question', 'notEmpty'],
  ['no answers', { ...poll, answers: [] }, 'input.answers', 'minItems'],
  ['one answer', { ...poll, answers: ['Only'] }, 'input.answers', 'minItems'],
  ['11 answers', { ...poll, answers: [...ten, 'A10'] }, 'input.answers', 'maxItems'],
  ['a blank answer', { ...poll, answers: ['A', ' '] }, 'input.answers.1', 'notEmpty'],
  ['duplicate answers', { ...poll, answers: ['A', 'B', ' A '] }, 'input.answers.2', 'unique'],
  ['an empty idempotency key', { ...poll, idempotencyKey: '' }, 'input.idempotencyKey', 'notEmpty'],
  [
    'an over-long idempotency key',
    { ...poll, idempotencyKey: 'k'.repeat(256) },
    'input.idempotencyKey',
    'maxLength',
  ],
])('sendPoll with %s', (_name, input, field, constraint) => {
  it(`is ValidationFailed on ${field} (${constraint}) without a portal call`, async () => {
    const body = await withoutPortal(SEND_POLL, { input });
    expect(body.data?.sendPoll).toMatchObject({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      field,
      constraint,
    });
  });
});

it('sendPoll accepts exactly 10 answers (the boundary)', async () => {
  const body = await gql(h, 1, SEND_POLL, { input: { ...poll, answers: ten } });
  expect(body.data?.sendPoll.__typename).toBe('SendPollSuccess');
});

const signed = `1.${'a'.repeat(64)}`;

describe.each([
  ['no ref form', { ref: {}, answerIds: [1] }, 'input.ref', 'exactlyOne'],
  ['two ref forms', { ref: { messageId: 1, attachId: 1 }, answerIds: [1] }, 'input.ref', 'exactlyOne'],
  ['a negative messageId', { ref: { messageId: -3 }, answerIds: [1] }, 'input.ref.messageId', 'positive'],
  ['attachId 0', { ref: { attachId: 0 }, answerIds: [1] }, 'input.ref.attachId', 'positive'],
  [
    'a malformed signedAttachId',
    { ref: { signedAttachId: '1.xyz' }, answerIds: [1] },
    'input.ref.signedAttachId',
    'pattern',
  ],
  ['neither answerIds nor choices', { ref: { signedAttachId: signed } }, 'input.answerIds', 'exactlyOne'],
  [
    'answerIds and choices',
    { ref: { attachId: 1 }, answerIds: [1], choices: [] },
    'input.answerIds',
    'exactlyOne',
  ],
  ['empty answerIds', { ref: { attachId: 1 }, answerIds: [] }, 'input.answerIds', 'notEmpty'],
  ['answer id 0', { ref: { attachId: 1 }, answerIds: [3, 0] }, 'input.answerIds.1', 'positive'],
  ['duplicate answer ids', { ref: { attachId: 1 }, answerIds: [3, 3] }, 'input.answerIds.1', 'unique'],
  ['empty choices', { ref: { attachId: 1 }, choices: [] }, 'input.choices', 'notEmpty'],
  [
    'a repeated question',
    {
      ref: { attachId: 1 },
      choices: [
        { questionId: 1, answerIds: [1] },
        { questionId: 1, answerIds: [3] },
      ],
    },
    'input.choices.1.questionId',
    'unique',
  ],
])('castBallot with %s', (_name, input, field, constraint) => {
  it(`is ValidationFailed on ${field} (${constraint}) without a portal call`, async () => {
    const body = await withoutPortal(CAST_BALLOT, { input });
    expect(body.data?.castBallot).toMatchObject({ __typename: 'ValidationFailed', field, constraint });
  });
});

it('castBallot with an answer of another poll: ValidationFailed after the (allowed) poll read, no vote call', async () => {
  const { messageId } = await restPoll(h);
  const before = h.emulator.calls().length;
  const body = await gql(h, 1, CAST_BALLOT, { input: { ref: { messageId }, answerIds: [999999] } });
  expect(body.data?.castBallot).toMatchObject({
    __typename: 'ValidationFailed',
    field: 'input.answerIds.0',
    constraint: 'unknownAnswer',
  });
  expect(
    h.emulator
      .calls()
      .slice(before)
      .map((c) => c.method),
  ).toEqual(['vote.AttachedVote.getMany']);
});

it.each([
  ['recallBallot', RECALL_BALLOT],
  ['stopPoll', STOP_POLL],
])('%s with two ref forms is ValidationFailed without a portal call', async (name, mutation) => {
  const body = await withoutPortal(mutation, { input: { ref: { messageId: 1, signedAttachId: signed } } });
  expect(body.data?.[name]).toMatchObject({ __typename: 'ValidationFailed', field: 'input.ref' });
});

describe.each([
  ['no form', {}, 'ref'],
  ['two forms', { messageId: 1, attachId: 2 }, 'ref'],
  ['messageId 0', { messageId: 0 }, 'ref.messageId'],
  ['a malformed signedAttachId', { signedAttachId: 'abc' }, 'ref.signedAttachId'],
])('poll(ref) with %s', (_name, ref, field) => {
  it(`is BAD_USER_INPUT naming ${field}, without a portal call`, async () => {
    const body = await withoutPortal(POLL_QUERY, { ref });
    expect(body.data?.poll ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(body.errors?.[0]?.message).toContain(field);
  });
});

it('polls() refuses a non-positive id and more than 500 ids without a portal call', async () => {
  const query = 'query($ids: [Int!]!) { polls(messageIds: $ids) { attachId } }';
  const bad = await withoutPortal(query, { ids: [1, 2, -1] });
  expect(bad.errors?.[0]?.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    details: { field: 'messageIds.2' },
  });
  const many = await withoutPortal(query, { ids: Array.from({ length: 501 }, (_, i) => i + 1) });
  expect(many.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_IDS' });
});

it('Answer.voters refuses first: 0 and a foreign cursor', async () => {
  const { messageId } = await restPoll(h);
  const query = `query($m: Int!, $first: Int, $after: String) { poll(ref: { messageId: $m }) {
    questions { answers { voters(first: $first, after: $after) { totalCount } } } } }`;
  const zero = await gql(h, 1, query, { m: messageId, first: 0 });
  expect(zero.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PAGE_SIZE' });
  const foreign = await gql(h, 1, query, { m: messageId, after: 'bm90LWEtY3Vyc29y' });
  expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR' });
});
