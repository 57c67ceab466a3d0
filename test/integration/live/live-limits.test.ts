/**
 * The live-results limits hold over a real WebSocket: polls per subscription, subscriptions per
 * connection, connections per identity; the HTTP query limits apply to subscription documents.
 */
import { gql, lastSeq, methodsSince, restPoll, type PollHarness } from '../polls/polls-harness.js';
import { startHarness, useHarness } from '../server/facade-harness.js';
import { liveClient, POLL_RESULTS, rawConnect, subscribeWith } from './live-client.js';

const h: PollHarness = useHarness(() =>
  startHarness(
    {
      LIVE_MAX_POLLS_PER_SUBSCRIPTION: '2',
      LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
      LIVE_MAX_CONNECTIONS_PER_IDENTITY: '2',
      GRAPHQL_MAX_DEPTH: '4',
    },
    'emulator',
    { emulator: { limits: { enabled: false } } },
  ),
);

/** Polls made at the emulator (set-up), their ids read through the facade (a shallow query). */
async function pollIds(n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const { messageId } = await restPoll(h);
    const body = await gql(h, 1, 'query($m: Int!) { poll(ref: { messageId: $m }) { id } }', { m: messageId });
    ids.push(body.data?.poll.id);
  }
  return ids;
}

const SHALLOW = 'subscription($ids: [ID!]!) { pollResults(ids: $ids) { source poll { id totalVotes } } }';

test('more polls than LIVE_MAX_POLLS_PER_SUBSCRIPTION are refused without a portal call', async () => {
  const ids = await pollIds(3);
  const client = liveClient(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-1' });
  const before = lastSeq(h);
  const reply = await subscribeWith(client, SHALLOW, { ids }).next();
  expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', details: { max: 2 } });
  expect(methodsSince(h, before)).toEqual([]);
  await client.dispose();
});

test('a third subscription on one connection is refused; ending one makes room', async () => {
  const [id] = await pollIds(1);
  const client = liveClient(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-1' });
  const a = subscribeWith(client, SHALLOW, { ids: [id] });
  const b = subscribeWith(client, SHALLOW, { ids: [id] });
  expect((await a.next()).data?.pollResults.source).toBe('SNAPSHOT');
  expect((await b.next()).data?.pollResults.source).toBe('SNAPSHOT');
  const c = subscribeWith(client, SHALLOW, { ids: [id] });
  expect((await c.next()).errors?.[0]?.extensions?.reason).toBe('TOO_MANY_SUBSCRIPTIONS');
  a.unsubscribe();
  // The server counts the completion once it has seen it; a later subscribe finds room.
  let d = subscribeWith(client, SHALLOW, { ids: [id] });
  let reply = await d.next();
  while (reply.errors !== undefined) {
    d = subscribeWith(client, SHALLOW, { ids: [id] });
    reply = await d.next();
  }
  expect(reply.data?.pollResults.source).toBe('SNAPSHOT');
  await client.dispose();
});

test('a third connection of one identity is closed with 4429; another identity still connects', async () => {
  const first = await rawConnect(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-2' });
  const second = await rawConnect(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-2' });
  expect([first.ack, second.ack]).toEqual([true, true]);
  const third = await rawConnect(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-2' });
  expect(third).toMatchObject({ ack: false, closeCode: 4429 });
  const other = await rawConnect(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-3' });
  expect(other.ack).toBe(true);
  for (const c of [first, second, other]) c.socket.close();
});

test('the depth limit applies to subscription documents', async () => {
  const [id] = await pollIds(1);
  const client = liveClient(h.facade.graphqlUrl, { Authorization: 'Bearer dev-token-1' });
  const reply = await subscribeWith(client, POLL_RESULTS, { ids: [id] }).next();
  expect(reply.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
  await client.dispose();
});
