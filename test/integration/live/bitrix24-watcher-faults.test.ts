/**
 * The Bitrix24 watcher when one poll or one reader fails, over HTTP against the emulator (traffic
 * engine on, as in production): a poll deleted at the portal fails its whole getMany, yet the other
 * polls of that chunk still refresh and the gone poll's subscriber gets a clear end; a reading
 * token that expires ends its own subscriptions (4401) and the poll is read with another
 * subscriber's token in the same tick. Only counts and events are asserted, never time.
 */
import { IM_ENTITY_TYPE, restPoll, gql, type PollHarness } from '../polls/polls-harness.js';
import { callRest, mintTestToken, request } from '../../support/emulator.js';
import { startHarness, useHarness } from '../server/facade-harness.js';
import { liveClient, POLL_RESULTS, subscribe, subscribeWith, type Subscriber } from './live-client.js';

const h: PollHarness = useHarness(() =>
  startHarness(
    { LIVE_WATCH_INTERVAL_MS: '50', LIVE_WATCH_MAX_INTERVAL_MS: '100', GRAPHQL_MAX_COST: '1000000' },
    'emulator',
    { traffic: true, emulator: { limits: { enabled: false } } },
  ),
);

const open: Subscriber[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

async function pollAt(): Promise<{ id: string; messageId: number; questionId: number; answers: number[] }> {
  const { messageId } = await restPoll(h);
  const body = await gql(
    h,
    1,
    'query($m: Int!) { poll(ref: { messageId: $m }) { id questions { questionId answers { answerId } } } }',
    { m: messageId },
  );
  const poll = body.data?.poll;
  return {
    id: poll.id,
    messageId,
    questionId: poll.questions[0].questionId,
    answers: poll.questions[0].answers.map((a: { answerId: number }) => a.answerId),
  };
}

async function voteAtPortal(poll: { messageId: number; questionId: number; answers: number[] }, userId = 3) {
  const voted = await callRest(
    h.emulator,
    'vote.AttachedVote.vote',
    {
      moduleId: 'im',
      entityType: IM_ENTITY_TYPE,
      entityId: poll.messageId,
      ballot: { [poll.questionId]: [String(poll.answers[0])] },
    },
    { token: `dev-token-${userId}` },
  );
  expect(voted.status).toBe(200);
}

test('a poll deleted at the portal: the other polls of its getMany still refresh, its subscriber gets POLL_NOT_FOUND', async () => {
  const watcher = h.facade.live.watcher;
  const gone = await pollAt();
  const kept = await pollAt();
  const onGone = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [gone.id] });
  const onKept = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [kept.id] });
  open.push(onGone, onKept);
  expect((await onGone.next()).data?.pollResults.source).toBe('SNAPSHOT');
  expect((await onKept.next()).data?.pollResults.source).toBe('SNAPSHOT');

  const deleted = await request(h.emulator, '/_emulator/state/polls/delete', {
    json: { messageId: gone.messageId },
  });
  expect(deleted.status).toBe(200);
  await voteAtPortal(kept);

  const seen = await onKept.next();
  expect(seen.data?.pollResults).toMatchObject({ source: 'WATCHER', poll: { id: kept.id, totalVotes: 1 } });
  const end = await onGone.next();
  expect(end.errors?.[0]?.extensions).toMatchObject({ reason: 'POLL_NOT_FOUND' });
  expect(watcher.stats.isolated).toBeGreaterThanOrEqual(1);
  expect(watcher.stats.gone).toBe(1);
  expect(watcher.size).toBe(1); // only the kept poll is still read
});

test("a reader's token expires: its subscription ends with TOKEN_EXPIRED and 4401, another subscriber's token reads the poll", async () => {
  const watcher = h.facade.live.watcher;
  const poll = await pollAt();
  // the first subscriber's credential becomes the poll's reader
  const { accessToken } = await mintTestToken(h.emulator, { userId: 2 });
  const client = liveClient(h.facade.graphqlUrl, { Authorization: `Bearer ${accessToken}` });
  const closed = new Promise<number>((resolve) =>
    client.on('closed', (event) => resolve((event as { code: number }).code)),
  );
  const expiring = subscribeWith(client, POLL_RESULTS, { ids: [poll.id] });
  open.push(expiring);
  expect((await expiring.next()).data?.pollResults.source).toBe('SNAPSHOT');
  const other = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] });
  open.push(other);
  expect((await other.next()).data?.pollResults.source).toBe('SNAPSHOT');

  const expired = await request(h.emulator, '/_emulator/tokens/expire', { json: { accessToken } });
  expect(expired.status).toBe(200);
  await voteAtPortal(poll);

  const ended = await expiring.next();
  expect(ended.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'TOKEN_EXPIRED' });
  expect(await closed).toBe(4401);
  const seen = await other.next();
  expect(seen.data?.pollResults).toMatchObject({ source: 'WATCHER', poll: { id: poll.id, totalVotes: 1 } });
  expect(watcher.stats.expired).toBe(1);
});
