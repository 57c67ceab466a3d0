/**
 * Live poll results over a real WebSocket (graphql-ws) against the facade and the emulator over
 * loopback: a subscriber sees other users' ballots and the close of a poll, its own viewer part
 * stays its own, events cost no portal read, and unauthenticated sockets are refused.
 */
import { CAST_BALLOT, RECALL_BALLOT, SEND_POLL, STOP_POLL } from '../polls/poll-fragments.js';
import { gql, lastSeq, methodsSince, type PollHarness } from '../polls/polls-harness.js';
import { startHarness, useHarness } from '../server/facade-harness.js';
import { mintTestToken } from '../../support/emulator.js';
import {
  liveClient,
  POLL_RESULTS,
  rawConnect,
  subscribe,
  subscribeWith,
  type Subscriber,
} from './live-client.js';

const h: PollHarness = useHarness(() =>
  startHarness({ GRAPHQL_MAX_COST: '1000000' }, 'emulator', { emulator: { limits: { enabled: false } } }),
);

const open: Subscriber[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

function watch(userId: number, ids: string[]): Subscriber {
  const subscriber = subscribe(h.facade.graphqlUrl, userId, POLL_RESULTS, { ids });
  open.push(subscriber);
  return subscriber;
}

async function sendPoll(chatId = 1): Promise<{ id: string; messageId: number; answers: number[] }> {
  const body = await gql(h, 1, SEND_POLL, {
    input: { chatId, question: 'Lunch?', answers: ['Pizza', 'Sushi'], revoteAllowed: true },
  });
  const poll = body.data?.sendPoll.poll;
  return {
    id: poll.id,
    messageId: poll.messageId,
    answers: poll.questions[0].answers.map((a: { answerId: number }) => a.answerId),
  };
}

const votesOf = (event: any): number[] =>
  event.data.pollResults.poll.questions[0].answers.map((a: { votes: number }) => a.votes);

describe('Subscription.pollResults', () => {
  test("a subscriber on user 1 sees user 2's ballot and the close of the poll, with its own viewer part", async () => {
    const poll = await sendPoll();
    const one = watch(1, [poll.id]);
    const two = watch(2, [poll.id]);
    const first = await one.next();
    expect(first.errors).toBeUndefined();
    expect(first.data?.pollResults.source).toBe('SNAPSHOT');
    expect(first.data?.pollResults.poll).toMatchObject({ __typename: 'Poll', id: poll.id, totalVotes: 0 });
    expect((await two.next()).data?.pollResults.source).toBe('SNAPSHOT');

    const before = lastSeq(h);
    const cast = await gql(h, 2, CAST_BALLOT, {
      input: { ref: { id: poll.id }, answerIds: [poll.answers[1]] },
    });
    expect(cast.data?.castBallot.__typename).toBe('CastBallotSuccess');
    const seen = await one.next();
    const own = await two.next();
    // The events cost nothing at the portal: only the mutation's own read and vote ran.
    expect(methodsSince(h, before).filter((m) => m !== 'batch')).toEqual([
      'vote.AttachedVote.get',
      'vote.AttachedVote.vote',
    ]);
    expect(seen.data?.pollResults.source).toBe('MUTATION');
    expect(votesOf(seen)).toEqual([0, 1]);
    expect(seen.data?.pollResults.poll.viewer).toMatchObject({
      hasVoted: false,
      canVote: true,
      myAnswers: [],
    });
    expect(votesOf(own)).toEqual([0, 1]);
    expect(own.data?.pollResults.poll.viewer).toMatchObject({
      hasVoted: true,
      canVote: false,
      myAnswers: [{ answerIds: [poll.answers[1]] }],
    });
    // Each subscriber's viewer object keeps its own cache identity.
    expect(seen.data?.pollResults.poll.viewer.id).not.toBe(own.data?.pollResults.poll.viewer.id);

    const recalled = await gql(h, 2, RECALL_BALLOT, { input: { ref: { id: poll.id } } });
    expect(recalled.data?.recallBallot.__typename).toBe('RecallBallotSuccess');
    expect(votesOf(await one.next())).toEqual([0, 0]);
    expect((await two.next()).data?.pollResults.poll.viewer).toMatchObject({
      hasVoted: false,
      canVote: true,
    });

    const stopped = await gql(h, 1, STOP_POLL, { input: { ref: { id: poll.id } } });
    expect(stopped.data?.stopPoll.__typename).toBe('StopPollSuccess');
    const closedForTwo = await two.next();
    expect(closedForTwo.data?.pollResults.poll).toMatchObject({
      finished: true,
      viewer: { canVote: false, canRevote: false, hasVoted: false },
    });
    expect((await one.next()).data?.pollResults.poll.finished).toBe(true);
  });

  test('a socket without an identity, or with a malformed token, is closed with 4401 and calls nothing', async () => {
    const before = lastSeq(h);
    const none = await rawConnect(h.facade.graphqlUrl, {});
    expect(none).toMatchObject({ ack: false, closeCode: 4401 });
    const bad = await rawConnect(h.facade.graphqlUrl, { Authorization: 'Basic abc' });
    expect(bad).toMatchObject({ ack: false, closeCode: 4401 });
    const good = await rawConnect(h.facade.graphqlUrl, { authorization: 'Bearer dev-token-3' });
    expect(good.ack).toBe(true);
    good.socket.close();
    expect(methodsSince(h, before)).toEqual([]);
  });

  test('a poll the subscriber may not see fails the subscription with FORBIDDEN', async () => {
    // Chat 2 has members 1 and 2 only: user 5 cannot read its polls.
    const poll = await sendPoll(2);
    const outsider = watch(5, [poll.id]);
    const reply = await outsider.next();
    expect(reply.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(h.facade.live.hub.stats.subscriptions).toBe(0);
  });

  test('an expired token: the subscription fails with TOKEN_EXPIRED and the socket closes with 4401', async () => {
    const poll = await sendPoll();
    const { accessToken } = await mintTestToken(h.emulator, { userId: 2, expiresInSeconds: 0 });
    const client = liveClient(h.facade.graphqlUrl, { Authorization: `Bearer ${accessToken}` });
    const closed = new Promise<number>((resolve) =>
      client.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    const expired = subscribeWith(client, POLL_RESULTS, { ids: [poll.id] });
    open.push(expired);
    const reply = await expired.next();
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
    expect(await closed).toBe(4401);
  });

  test('bad ids are refused before any portal call', async () => {
    const before = lastSeq(h);
    const reply = await watch(1, ['not-an-id']).next();
    expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const empty = await watch(1, []).next();
    expect(empty.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(methodsSince(h, before)).toEqual([]);
  });

  test('only subscriptions go over WebSocket, and Answer.voters is refused there', async () => {
    const client = subscribe(h.facade.graphqlUrl, 1, '{ viewer { user { id } } }');
    open.push(client);
    expect((await client.next()).errors?.[0]?.extensions?.reason).toBe('SUBSCRIPTIONS_ONLY');
    const poll = await sendPoll();
    const voters = subscribe(
      h.facade.graphqlUrl,
      1,
      'subscription($ids: [ID!]!) { pollResults(ids: $ids) { poll { questions { answers { voters { totalCount } } } } } }',
      { ids: [poll.id] },
    );
    open.push(voters);
    expect((await voters.next()).errors?.[0]?.extensions?.reason).toBe('PORTAL_FIELD_IN_SUBSCRIPTION');
  });
});
