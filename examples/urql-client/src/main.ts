/**
 * Two users through urql with its defaults: user 1 reads chat1 and sends a poll and subscribes to
 * its results, user 2 votes, user 1 gets the count live and reads it back. Prints each step and how
 * many requests went out as GET and POST (the subscription goes over the WebSocket).
 *   FACADE_URL=http://127.0.0.1:4000/graphql npm start      (next to the facade's `npm start`)
 */
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { createUrqlClient } from './client.js';
import {
  CastBallotMutation,
  ChatQuery,
  PollQuery,
  PollResultsSubscription,
  SendPollMutation,
} from './operations.js';

const url = process.env.FACADE_URL ?? 'http://127.0.0.1:4000/graphql';
const methods: Record<string, number> = {};
const countingFetch: typeof fetch = (input, init) => {
  const method = init?.method ?? 'GET';
  methods[method] = (methods[method] ?? 0) + 1;
  return fetch(input, init);
};
// Node 20 has no global WebSocket: the `ws` package stands in (a browser needs nothing).
const options = { url, fetch: countingFetch, webSocketImpl: WebSocket };
const aliceSide = createUrqlClient({ ...options, token: process.env.TOKEN_1 ?? 'dev-token-1' });
const bobSide = createUrqlClient({ ...options, token: process.env.TOKEN_2 ?? 'dev-token-2' });
const alice = aliceSide.client;
const bob = bobSide.client;

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

  // User 1 subscribes first: a SNAPSHOT, then the event of user 2's vote.
  type LiveEvent = { source: string; totalVotes: number };
  let subscribed!: () => void;
  let changed!: (event: LiveEvent) => void;
  let failed!: (error: Error) => void;
  const snapshot = new Promise<void>((resolve) => (subscribed = resolve));
  const live = new Promise<LiveEvent>((resolve, reject) => ((changed = resolve), (failed = reject)));
  const subscription = alice
    .subscription(PollResultsSubscription, { ids: [poll.id] })
    .subscribe(({ data, error }) => {
      if (error) failed(new Error(`pollResults: ${error.message}`));
      const event = data?.pollResults;
      if (event?.source === 'SNAPSHOT') subscribed();
      else if (event) changed({ source: event.source, totalVotes: event.poll.totalVotes });
    });
  await Promise.race([snapshot, live]);

  const firstAnswer = poll.questions[0]!.answers[0]!.answerId;
  const voted = await bob.mutation(CastBallotMutation, { id: poll.id, answerIds: [firstAnswer] }).toPromise();
  if (voted.error || voted.data?.castBallot.__typename !== 'CastBallotSuccess') {
    throw new Error(`castBallot: ${voted.error?.message ?? voted.data?.castBallot.code}`);
  }
  step('voted', { hasVoted: voted.data.castBallot.poll?.viewer.hasVoted });

  step('live', await live);
  subscription.unsubscribe();

  // network-only: the document cache would otherwise answer with the poll as sent (0 votes).
  const read = await alice.query(PollQuery, { id: poll.id }, { requestPolicy: 'network-only' }).toPromise();
  if (read.error || !read.data?.poll) throw new Error(`poll: ${read.error?.message ?? 'not found'}`);
  step('read back', { totalVotes: read.data.poll.totalVotes });
  step('requests', methods);
  if (read.data.poll.totalVotes !== 1) throw new Error('user 1 does not see user 2 vote');
}

function close(): void {
  void aliceSide.ws.dispose();
  void bobSide.ws.dispose();
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(close);
