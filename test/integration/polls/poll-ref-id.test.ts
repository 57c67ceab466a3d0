/**
 * PollRef.id, the fourth addressing form: a Poll's global id (as node(id) takes it) addresses the
 * same poll as its messageId; exactly one form is still required; an id of another type, or not an
 * id of this API, is refused naming ref.id, without a portal call.
 */
import { CAST_BALLOT, POLL_QUERY } from './poll-fragments.js';
import { gql, restPoll, startPollHarness, type PollHarness } from './polls-harness.js';
import { userGlobalId } from '../../../src/users/user-id.js';

let h: PollHarness;
beforeAll(async () => {
  h = await startPollHarness();
});
afterAll(async () => {
  await h.close();
});

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

it('poll(ref: {id}) reads the poll that poll(ref: {messageId}) reads', async () => {
  const { messageId } = await restPoll(h);
  const byMessage = await gql(h, 1, POLL_QUERY, { ref: { messageId } });
  const id = byMessage.data?.poll?.id as string;
  const byId = await gql(h, 1, POLL_QUERY, { ref: { id } });
  expect(byId.errors).toBeUndefined();
  expect(byId.data?.poll).toEqual(byMessage.data?.poll);
});

it('castBallot takes the id too', async () => {
  const { messageId } = await restPoll(h);
  const poll = (await gql(h, 2, POLL_QUERY, { ref: { messageId } })).data?.poll;
  const answerId = poll.questions[0].answers[0].answerId as number;
  const body = await gql(h, 2, CAST_BALLOT, { input: { ref: { id: poll.id }, answerIds: [answerId] } });
  expect(body.data?.castBallot?.__typename).toBe('CastBallotSuccess');
});

describe.each([
  ['an id with another form', (id: string) => ({ id, messageId: 1 }), 'ref'],
  ['the id of a user', () => ({ id: userGlobalId(1) }), 'ref.id'],
  ['a foreign backend prefix', () => ({ id: b64('tg:Poll:5') }), 'ref.id'],
  ['not an id at all', () => ({ id: 'hello' }), 'ref.id'],
])('poll(ref) with %s', (_name, ref, field) => {
  it(`is BAD_USER_INPUT naming ${field}, without a portal call`, async () => {
    const before = h.emulator.calls().length;
    const body = await gql(h, 1, POLL_QUERY, { ref: ref(b64('b24:Poll:1')) });
    expect(body.data?.poll ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(h.emulator.calls().length).toBe(before);
  });
});
