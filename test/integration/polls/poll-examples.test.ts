/**
 * examples/operations/polls.graphql runs as written against the facade: every named operation,
 * in a realistic order, answers without GraphQL errors and with the expected __typename.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPollHarness, type PollHarness } from './polls-harness.js';

const document = readFileSync(join(process.cwd(), 'examples', 'operations', 'polls.graphql'), 'utf8');

let h: PollHarness;
beforeAll(async () => {
  h = await startPollHarness();
});
afterAll(async () => {
  await h.close();
});

async function run(operationName: string, variables: Record<string, unknown>, userId = 1) {
  const response = await fetch(h.facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer dev-token-${userId}` },
    body: JSON.stringify({ query: document, operationName, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, any>; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data as Record<string, any>;
}

it('runs every example operation', async () => {
  const sent = await run('SendPoll', {
    input: {
      chatId: 1,
      question: 'Ship it?',
      answers: ['Yes', 'No'],
      revoteAllowed: true,
      idempotencyKey: 'ex-1',
    },
  });
  expect(sent.sendPoll.__typename).toBe('SendPollSuccess');
  const ref = { messageId: sent.sendPoll.poll.messageId };
  const yes = sent.sendPoll.poll.questions[0].answers[0].answerId as number;

  expect((await run('CastBallot', { input: { ref, answerIds: [yes] } }, 2)).castBallot.__typename).toBe(
    'CastBallotSuccess',
  );
  expect((await run('PollByRef', { ref })).poll.totalVotes).toBe(1);
  expect((await run('PollsByMessageIds', { messageIds: [ref.messageId, 999999] })).polls[1]).toBeNull();
  const voters = await run('PollVoters', { ref });
  expect(voters.poll.questions[0].answers[0].voters.edges[0].node.userId).toBe(2);
  expect((await run('RecallBallot', { input: { ref } }, 2)).recallBallot.__typename).toBe(
    'RecallBallotSuccess',
  );
  expect((await run('StopPoll', { input: { ref } })).stopPoll.poll.finished).toBe(true);
  expect((await run('ResumePoll', { input: { ref } })).resumePoll.poll.finished).toBe(false);
  const invalid = await run('SendPoll', { input: { chatId: 1, question: 'Q', answers: ['only'] } });
  expect(invalid.sendPoll).toMatchObject({ __typename: 'ValidationFailed', field: 'input.answers' });
});
