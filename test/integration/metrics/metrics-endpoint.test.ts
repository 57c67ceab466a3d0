/**
 * GET /metrics over real HTTP: counters move by exactly what happened (portal requests equal the
 * emulator's own count), token protection, METRICS_ENABLED=false, and no token text in the output.
 */
import { portalRequests, postGraphQL } from '../server/facade-harness.js';
import { addFault } from '../../support/emulator.js';
import {
  parseExposition,
  scrape,
  startMetricsHarness,
  sumOf,
  type MetricsHarness,
} from './metrics-harness.js';

const USER_1 = { authorization: 'Bearer dev-token-1' };
const SEND_POLL = `mutation($input: SendPollInput!) {
  sendPoll(input: $input) { __typename ... on SendPollSuccess { poll { messageId } } }
}`;
const POLL = `query($m: Int!) { poll(ref: { messageId: $m }) { attachId totalVotes } }`;

async function samples(h: MetricsHarness, headers: Record<string, string> = {}) {
  const reply = await scrape(h.facade, headers);
  expect(reply.status).toBe(200);
  return parseExposition(reply.text);
}

describe('GET /metrics (default: enabled, no token)', () => {
  let h: MetricsHarness;
  beforeAll(async () => {
    h = await startMetricsHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it("serves the text format with HELP/TYPE lines and prom-client's default Node.js metrics", async () => {
    const reply = await scrape(h.facade);
    expect(reply.status).toBe(200);
    expect(reply.contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(reply.text).toContain('# TYPE b24facade_graphql_requests_total counter');
    expect(reply.text).toContain('# TYPE b24facade_portal_request_duration_seconds histogram');
    const s = parseExposition(reply.text);
    // The standard names stock Node.js dashboards and alerts use.
    expect(s.get('process_start_time_seconds')).toBeGreaterThan(0);
    expect(s.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(s.has('nodejs_eventloop_lag_p99_seconds')).toBe(true);
    expect(s.has('nodejs_heap_size_used_bytes')).toBe(true);
    expect(sumOf(s, 'nodejs_version_info', { version: process.version })).toBe(1);
    expect(s.get('b24facade_traffic_queue_length')).toBe(0);
  });

  it('a mutation and a poll query move the GraphQL and portal counters by exactly what happened', async () => {
    const before = await samples(h);
    const emuBefore = await portalRequests(h.emulator);

    const sent = await postGraphQL(h.facade, SEND_POLL, USER_1, {
      input: { chatId: 1, question: 'Lunch?', answers: ['Pizza', 'Sushi'] },
    });
    expect(sent.body.data?.sendPoll.__typename).toBe('SendPollSuccess');
    const read = await postGraphQL(h.facade, POLL, USER_1, { m: sent.body.data?.sendPoll.poll.messageId });
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data?.poll.totalVotes).toBe(0);

    const after = await samples(h);
    const emuDelta = (await portalRequests(h.emulator)) - emuBefore;
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sumOf(after, name, labels) - sumOf(before, name, labels);

    expect(emuDelta).toBeGreaterThanOrEqual(2);
    expect(delta('b24facade_portal_requests_total')).toBe(emuDelta);
    expect(delta('b24facade_portal_request_duration_seconds_count')).toBe(emuDelta);
    expect(delta('b24facade_portal_requests_total', { method: 'vote.Integration.Im.send' })).toBe(1);
    expect(delta('b24facade_portal_calls_total')).toBeGreaterThanOrEqual(emuDelta);
    expect(delta('b24facade_portal_errors_total')).toBe(0);
    expect(delta('b24facade_graphql_requests_total', { operation_type: 'mutation', outcome: 'ok' })).toBe(1);
    expect(delta('b24facade_graphql_requests_total', { operation_type: 'query', outcome: 'ok' })).toBe(1);
    expect(delta('b24facade_graphql_requests_total')).toBe(2);
    expect(delta('b24facade_graphql_request_duration_seconds_count', { operation_type: 'query' })).toBe(1);
    // Every slot the pacer granted is one observation (the default pacing is on).
    expect(delta('b24facade_traffic_pacing_wait_seconds_count', { kind: 'slot' })).toBe(emuDelta);
    expect(sumOf(after, 'b24facade_traffic_bucket_level')).toBeGreaterThan(0);
  });

  it('user errors and refused requests are counted by code, with no portal request', async () => {
    const before = await samples(h);
    const emuBefore = await portalRequests(h.emulator);
    const invalid = await postGraphQL(h.facade, SEND_POLL, USER_1, {
      input: { chatId: 1, question: 'Lunch?', answers: ['Only one'] },
    });
    expect(invalid.body.data?.sendPoll.__typename).toBe('ValidationFailed');
    const anonymous = await postGraphQL(h.facade, POLL, {}, { m: 1 });
    expect(anonymous.status).toBe(401);
    const after = await samples(h);
    const delta = (name: string, labels: Record<string, string>) =>
      sumOf(after, name, labels) - sumOf(before, name, labels);
    expect(
      delta('b24facade_graphql_requests_total', {
        operation_type: 'mutation',
        outcome: 'user_error',
        code: 'VALIDATION_FAILED',
      }),
    ).toBe(1);
    expect(
      delta('b24facade_graphql_requests_total', { outcome: 'graphql_error', code: 'UNAUTHENTICATED' }),
    ).toBe(1);
    expect(delta('b24facade_portal_requests_total', {})).toBe(0);
    expect(await portalRequests(h.emulator)).toBe(emuBefore);
  });

  it('a portal 5xx answered once is a portal error and a transient retry', async () => {
    const sent = await postGraphQL(h.facade, SEND_POLL, USER_1, {
      input: { chatId: 1, question: 'Tea?', answers: ['Yes', 'No'] },
    });
    const messageId = sent.body.data?.sendPoll.poll.messageId as number;
    const before = await samples(h);
    const emuBefore = await portalRequests(h.emulator);
    await addFault(h.emulator, {
      kind: 'http5xx',
      status: 500,
      count: 1,
      methods: ['vote.AttachedVote.getMany'],
    });
    const read = await postGraphQL(h.facade, POLL, USER_1, { m: messageId });
    expect(read.body.errors).toBeUndefined();
    const after = await samples(h);
    const delta = (name: string, labels: Record<string, string> = {}) =>
      sumOf(after, name, labels) - sumOf(before, name, labels);
    expect(delta('b24facade_portal_retries_total', { reason: 'transient' })).toBe(1);
    expect(delta('b24facade_portal_errors_total')).toBe(1);
    expect(delta('b24facade_portal_requests_total')).toBe((await portalRequests(h.emulator)) - emuBefore);
  });

  it('the dev token used for the run never appears in the output', async () => {
    await postGraphQL(h.facade, POLL, USER_1, { m: 1 });
    await postGraphQL(h.facade, POLL, { authorization: 'Bearer dev-token-2' }, { m: 1 });
    const reply = await scrape(h.facade);
    expect(reply.text).not.toContain('dev-token');
    expect(reply.text).not.toMatch(/Bearer/i);
  });

  it('answers 405 to a POST', async () => {
    const response = await fetch(`${h.facade.url}/metrics`, { method: 'POST' });
    expect(response.status).toBe(405);
  });
});

describe('GET /metrics with METRICS_TOKEN', () => {
  const TOKEN = 'scrape-secret-0123456789';
  let h: MetricsHarness;
  beforeAll(async () => {
    h = await startMetricsHarness({ METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses no token and a wrong token with 401, serves the right one', async () => {
    const none = await scrape(h.facade);
    expect(none.status).toBe(401);
    expect(none.text).not.toContain('b24facade_');
    expect((await scrape(h.facade, { authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await scrape(h.facade, { authorization: TOKEN })).status).toBe(401);
    const ok = await scrape(h.facade, { authorization: `Bearer ${TOKEN}` });
    expect(ok.status).toBe(200);
    expect(ok.text).toContain('b24facade_graphql_requests_total');
    expect(ok.text).not.toContain(TOKEN);
  });
});

describe('GET /metrics with METRICS_ENABLED=false', () => {
  let h: MetricsHarness;
  beforeAll(async () => {
    h = await startMetricsHarness({ METRICS_ENABLED: 'false' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is 404, and GraphQL still works', async () => {
    expect((await scrape(h.facade)).status).toBe(404);
    const reply = await postGraphQL(h.facade, POLL, USER_1, { m: 1 });
    expect(reply.status).toBe(200);
  });
});
