/**
 * sendPoll whose read-back fails after the poll was created: the answer says the poll exists
 * (SendPollCreated with its ids), never a retryable PORTAL_UNAVAILABLE that would make the client
 * send a second poll. Over HTTP, with the traffic engine as in production and 5xx injected on the
 * reads only.
 */
import { addFault, chatHistory } from '../../support/emulator.js';
import { postGraphQL, asUser, startHarness, useHarness } from '../server/facade-harness.js';

const h = useHarness(() =>
  startHarness({}, 'emulator', { traffic: true, emulator: { limits: { enabled: false } } }),
);

const SEND = `
  mutation Send($input: SendPollInput!) {
    sendPoll(input: $input) {
      __typename
      ... on SendPollCreated { messageId voteId message clientMutationId }
      ... on SendPollSuccess { poll { messageId } }
      ... on UserError { code message }
    }
  }`;

it('reports a created poll as created when reading it back fails', async () => {
  await addFault(h.emulator, {
    kind: 'http5xx',
    count: 20,
    methods: ['vote.AttachedVote.getMany', 'vote.AttachedVote.get'],
  });
  const before = (await chatHistory(h.emulator, 1)).length;
  const reply = await postGraphQL(h.facade, SEND, asUser(1), {
    input: { dialogId: 'chat1', question: 'Lunch?', answers: ['Pizza', 'Sushi'], clientMutationId: 'm1' },
  });
  expect(reply.body.errors).toBeUndefined();
  const result = reply.body.data?.sendPoll as Record<string, unknown>;
  expect(result).toMatchObject({
    __typename: 'SendPollCreated',
    messageId: expect.any(Number),
    voteId: expect.any(Number),
    clientMutationId: 'm1',
  });
  // Exactly one poll message was created, and it is the one reported.
  const after = await chatHistory(h.emulator, 1);
  expect(after.length).toBe(before + 1);
  expect(after.at(-1)?.id).toBe(result.messageId);
  expect(h.emulator.calls().filter((c) => c.method === 'vote.Integration.Im.send')).toHaveLength(1);
});
