/**
 * Two users through urql with its defaults: user 1 reads chat1 and sends a poll, user 2 votes,
 * user 1 reads the count back. Prints each step and how many requests went out as GET and POST.
 *   FACADE_URL=http://127.0.0.1:4000/graphql npm start      (next to the facade's `npm start`)
 */
import { randomUUID } from 'node:crypto';
import { createUrqlClient } from './client.js';
import { CastBallotMutation, ChatQuery, PollQuery, SendPollMutation } from './operations.js';

const url = process.env.FACADE_URL ?? 'http://127.0.0.1:4000/graphql';
const methods: Record<string, number> = {};
const countingFetch: typeof fetch = (input, init) => {
  const method = init?.method ?? 'GET';
  methods[method] = (methods[method] ?? 0) + 1;
  return fetch(input, init);
};
const alice = createUrqlClient({ url, token: process.env.TOKEN_1 ?? 'dev-token-1', fetch: countingFetch });
const bob = createUrqlClient({ url, token: process.env.TOKEN_2 ?? 'dev-token-2', fetch: countingFetch });

function step(name: string, value: unknown): void {
  console.log(`${name}: ${JSON.stringify(value)}`);
}

async function main(): Promise<void> {
  const chat = await alice.query(ChatQuery, { dialogId: 'chat1' }).toPromise();
  if (chat.error || !chat.data?.chat) throw new Error(`chat: ${chat.error?.message ?? 'not found'}`);
  step('chat', chat.data.chat.name);

  const sent = await alice
    .mutation(SendPollMutation, {
      dialogId: 'chat1',
      question: 'Lunch?',
      answers: ['Pizza', 'Salad'],
      key: randomUUID(),
    })
    .toPromise();
  const poll = sent.data?.sendPoll.poll;
  if (sent.error || !poll) throw new Error(`sendPoll: ${sent.error?.message ?? sent.data?.sendPoll.code}`);
  step('sent', { messageId: poll.messageId });

  const firstAnswer = poll.questions[0]!.answers[0]!.answerId;
  const voted = await bob.mutation(CastBallotMutation, { id: poll.id, answerIds: [firstAnswer] }).toPromise();
  if (voted.error || voted.data?.castBallot.__typename !== 'CastBallotSuccess') {
    throw new Error(`castBallot: ${voted.error?.message ?? voted.data?.castBallot.code}`);
  }
  step('voted', { hasVoted: voted.data.castBallot.poll?.viewer.hasVoted });

  // network-only: the document cache would otherwise answer with the poll as sent (0 votes).
  const read = await alice.query(PollQuery, { id: poll.id }, { requestPolicy: 'network-only' }).toPromise();
  if (read.error || !read.data?.poll) throw new Error(`poll: ${read.error?.message ?? 'not found'}`);
  step('read back', { totalVotes: read.data.poll.totalVotes });
  step('requests', methods);
  if (read.data.poll.totalVotes !== 1) throw new Error('user 1 does not see user 2 vote');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
