/**
 * The Bitrix24 watcher over HTTP: changes made directly at the emulator's REST API (not through
 * the facade) reach a subscriber; a tick costs one `batch` per 2,500 watched polls; a subscriber
 * that goes away stops costing anything. The facade runs with the traffic engine (pacing on), as
 * in production; no assertion on wall-clock time, only counts.
 */
import { IM_ENTITY_TYPE, lastSeq, restPoll, gql, type PollHarness } from '../polls/polls-harness.js';
import { callRest } from '../../support/emulator.js';
import { startHarness, useHarness } from '../server/facade-harness.js';
import { POLL_RESULTS, subscribe } from './live-client.js';

const h: PollHarness = useHarness(() =>
  startHarness(
    {
      LIVE_WATCH_INTERVAL_MS: '50',
      LIVE_WATCH_MAX_INTERVAL_MS: '100',
      LIVE_MAX_POLLS_PER_SUBSCRIPTION: '200',
      GRAPHQL_MAX_COST: '1000000',
    },
    'emulator',
    { traffic: true, emulator: { limits: { enabled: false } } },
  ),
);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(10);
}

async function pollAt(): Promise<{ id: string; messageId: number; answers: number[]; questionId: number }> {
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

const ref = (messageId: number) => ({ moduleId: 'im', entityType: IM_ENTITY_TYPE, entityId: messageId });

test('a vote and a stop made at the portal directly reach the subscriber', async () => {
  const poll = await pollAt();
  const one = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] });
  try {
    expect((await one.next()).data?.pollResults.source).toBe('SNAPSHOT');
    const voted = await callRest(
      h.emulator,
      'vote.AttachedVote.vote',
      { ...ref(poll.messageId), ballot: { [poll.questionId]: [String(poll.answers[0])] } },
      { token: 'dev-token-3' },
    );
    expect(voted.status).toBe(200);
    const seen = await one.next();
    expect(seen.data?.pollResults).toMatchObject({
      source: 'WATCHER',
      poll: { id: poll.id, totalVotes: 1, viewer: { hasVoted: false, canVote: true } },
    });
    expect(seen.data?.pollResults.poll.questions[0].answers.map((a: { votes: number }) => a.votes)).toEqual([
      1, 0,
    ]);

    const stopped = await callRest(h.emulator, 'vote.AttachedVote.stop', ref(poll.messageId), {
      token: 'dev-token-1',
    });
    expect(stopped.status).toBe(200);
    const closed = await one.next();
    expect(closed.data?.pollResults).toMatchObject({
      source: 'WATCHER',
      poll: { finished: true, viewer: { canVote: false } },
    });
  } finally {
    await one.close();
  }
});

test('one tick over 120 watched polls is one batch request of 3 getMany; a departed subscriber costs nothing', async () => {
  const watcher = h.facade.live.watcher;
  await until(() => watcher.size === 0);
  // Set-up at the emulator; the ids through one facade query (3 getMany, the facade is paced).
  const messageIds: number[] = [];
  for (let i = 0; i < 120; i++) messageIds.push((await restPoll(h)).messageId);
  const read = await gql(h, 1, 'query($m: [Int!]!) { polls(messageIds: $m) { id } }', { m: messageIds });
  const ids = (read.data?.polls as { id: string }[]).map((p) => p.id);
  const one = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids });
  for (let i = 0; i < 120; i++) expect((await one.next()).data?.pollResults.source).toBe('SNAPSHOT');
  expect(watcher.size).toBe(120);
  const ticks = watcher.stats.ticks;
  const requests = watcher.stats.requests;
  const from = lastSeq(h);
  await until(() => watcher.stats.ticks >= ticks + 3);
  const calls = h.emulator.calls().filter((c) => c.seq > from);
  const tickCount = watcher.stats.ticks - ticks;
  // Every tick: one `batch` of ceil(120/50) = 3 getMany commands, and nothing else.
  expect(watcher.stats.requests - requests).toBeGreaterThanOrEqual(tickCount - 1);
  expect(watcher.stats.requests - requests).toBeLessThanOrEqual(tickCount);
  const batches = calls.filter((c) => c.method === 'batch').length;
  const getMany = calls.filter((c) => c.method === 'vote.AttachedVote.getMany').length;
  expect(getMany).toBe(batches * 3);
  expect(calls.every((c) => c.method === 'batch' || c.method === 'vote.AttachedVote.getMany')).toBe(true);

  await one.close();
  await until(() => watcher.size === 0);
  const afterClose = lastSeq(h);
  const ticksAfterClose = watcher.stats.ticks;
  // Several maximum intervals later: no tick ran and the portal saw no call.
  await sleep(500);
  expect(watcher.stats.ticks - ticksAfterClose).toBeLessThanOrEqual(1); // a tick already under way may finish
  const late = h.emulator.calls().filter((c) => c.seq > afterClose);
  expect(late.length).toBeLessThanOrEqual(1 + 3);
  expect(h.facade.live.hub.stats.subscriptions).toBe(0);
});
