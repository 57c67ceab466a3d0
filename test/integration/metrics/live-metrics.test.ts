/**
 * Live results on GET /metrics over real HTTP and a real WebSocket: open sockets, subscriptions,
 * watched polls, events delivered per source and the watcher's reads move by exactly what
 * happened, fall back when the subscriber leaves, and carry no identity or token.
 */
import { postGraphQL } from '../server/facade-harness.js';
import { POLL_RESULTS, subscribe } from '../live/live-client.js';
import { waitUntil } from '../../support/wait-until.js';
import {
  parseExposition,
  scrape,
  startMetricsHarness,
  sumOf,
  type MetricsHarness,
} from './metrics-harness.js';

const SEND_POLL = `mutation($input: SendPollInput!) {
  sendPoll(input: $input) { __typename ... on SendPollSuccess { poll { id questions { answers { answerId } } } } }
}`;
const CAST = `mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }`;

let h: MetricsHarness;
beforeAll(async () => {
  h = await startMetricsHarness({ LIVE_WATCH_INTERVAL_MS: '50', LIVE_WATCH_MAX_INTERVAL_MS: '100' });
});
afterAll(async () => {
  await h.close();
});

async function samples() {
  const reply = await scrape(h.facade);
  expect(reply.status).toBe(200);
  expect(reply.text).not.toMatch(/dev-token|Bearer/);
  return { s: parseExposition(reply.text), text: reply.text };
}

test('sockets, subscriptions, watched polls, events delivered and watcher reads', async () => {
  const idle = await samples();
  expect(idle.text).toContain('# TYPE b24facade_live_events_delivered_total counter');
  expect(idle.s.get('b24facade_live_sockets')).toBe(0);
  expect(idle.s.get('b24facade_live_subscriptions')).toBe(0);
  expect(sumOf(idle.s, 'b24facade_live_watched_polls', { backend: 'bitrix24' })).toBe(0);

  const sent = await postGraphQL(
    h.facade,
    SEND_POLL,
    { authorization: 'Bearer dev-token-1' },
    {
      input: { chatId: 1, question: 'Lunch?', answers: ['Pizza', 'Sushi'] },
    },
  );
  const poll = sent.body.data?.sendPoll.poll;
  const one = subscribe(h.facade.graphqlUrl, 1, POLL_RESULTS, { ids: [poll.id] });
  try {
    expect((await one.next()).data?.pollResults.source).toBe('SNAPSHOT');
    const watching = await samples();
    expect(watching.s.get('b24facade_live_sockets')).toBe(1);
    expect(watching.s.get('b24facade_live_subscriptions')).toBe(1);
    expect(sumOf(watching.s, 'b24facade_live_watched_polls', { backend: 'bitrix24' })).toBe(1);
    expect(sumOf(watching.s, 'b24facade_live_watched_polls', { backend: 'telegram' })).toBe(0);
    expect(
      sumOf(watching.s, 'b24facade_live_events_delivered_total', { source: 'SNAPSHOT' }) -
        sumOf(idle.s, 'b24facade_live_events_delivered_total', { source: 'SNAPSHOT' }),
    ).toBe(1);

    const cast = await postGraphQL(
      h.facade,
      CAST,
      { authorization: 'Bearer dev-token-2' },
      {
        input: { ref: { id: poll.id }, answerIds: [poll.questions[0].answers[0].answerId] },
      },
    );
    expect(cast.body.data?.castBallot.__typename).toBe('CastBallotSuccess');
    expect((await one.next()).data?.pollResults.source).toBe('MUTATION');
    await waitUntil(() => h.facade.live.watcher.stats.requests > 0, 'a watcher read');
    const after = await samples();
    expect(
      sumOf(after.s, 'b24facade_live_events_delivered_total', { source: 'MUTATION' }) -
        sumOf(watching.s, 'b24facade_live_events_delivered_total', { source: 'MUTATION' }),
    ).toBe(1);
    const reads = after.s.get('b24facade_live_watcher_reads_total') ?? 0;
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThanOrEqual(h.facade.live.watcher.stats.requests);
    // read from the watcher's own count at the scrape (a tick may have run since)
    expect(after.s.get('b24facade_live_background_deferred_total')).toBeLessThanOrEqual(
      h.facade.live.watcher.stats.deferred,
    );
  } finally {
    await one.close();
  }
  await waitUntil(() => h.facade.live.hub.stats.subscriptions === 0, 'the subscription to end');
  await waitUntil(() => h.facade.live.sockets.connections === 0, 'the socket to close');
  const left = await samples();
  expect(left.s.get('b24facade_live_sockets')).toBe(0);
  expect(left.s.get('b24facade_live_subscriptions')).toBe(0);
  expect(sumOf(left.s, 'b24facade_live_watched_polls', { backend: 'bitrix24' })).toBe(0);
});
