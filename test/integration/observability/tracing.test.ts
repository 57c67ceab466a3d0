/**
 * Tracing over real HTTP (webhook mode, batching on): with an in-memory exporter handed in through
 * startTracing's test seam, one GraphQL request that reads polls (one of them missing, which costs
 * a `batch` of gets) and a chat yields its operation span with portal-call and `batch` children,
 * all in one trace; a portal failure shows its code and HTTP status on the call span; and no span
 * (name, attribute, event, status) holds the webhook code or the API key.
 */
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { startTracing, type Tracing } from '../../../src/observability/tracing/tracing.js';
import { readTracingConfig } from '../../../src/observability/tracing/tracing-config.js';
import { addFault, callRest } from '../../support/emulator.js';
import { API_KEY, startOpsHarness, WEBHOOK_CODE, type OpsHarness } from './ops-harness.js';

const QUERY = `query ChatPolls($ids: [Int!]!) {
  polls(messageIds: $ids) { messageId questions { text } }
  chat(dialogId: "chat1") { chatId }
}`;

let h: OpsHarness;
let tracing: Tracing;
const exporter = new InMemorySpanExporter();

async function ask(query: string, variables: Record<string, unknown>, requestId: string) {
  const response = await fetch(h.facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, 'x-request-id': requestId },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: Array<{ extensions?: Record<string, unknown> }> };
}

async function newPoll(): Promise<number> {
  const res = await callRest(
    h.emulator,
    'vote.Integration.Im.send',
    {
      chatId: 1,
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [{ QUESTION: 'Lunch?', FIELD_TYPE: 0, ANSWERS: [{ MESSAGE: 'Yes' }, { MESSAGE: 'No' }] }],
      },
    },
    { webhook: true },
  );
  return (res.body.result as { messageId: number }).messageId;
}

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const idOf = (span: ReadableSpan) => span.spanContext().spanId;

function operationSpan(requestId: string): ReadableSpan {
  const spans = exporter
    .getFinishedSpans()
    .filter((span) => span.attributes['facade.request_id'] === requestId);
  expect(spans).toHaveLength(1);
  return spans[0]!;
}

beforeAll(async () => {
  const config = readTracingConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9/unused' });
  tracing = (await startTracing(config, { exporter }))!;
  // A wide batching window: the poll read and the chat read of one request travel together even
  // on a loaded machine.
  h = await startOpsHarness({ PORTAL_RETRY_MAX_ATTEMPTS: '2', PORTAL_BATCH_WINDOW_MS: '50' }, { tracing });
});
afterAll(async () => {
  await h.close();
  await tracing.shutdown();
});

it('an operation span with its portal-call and batch children, no secret anywhere', async () => {
  const ids = [await newPoll(), await newPoll(), 900001];
  exporter.reset();
  const reply = await ask(QUERY, { ids }, 'traced-1');
  expect(reply.errors).toBeUndefined();
  expect(reply.data.polls[2]).toBeNull();

  const operation = operationSpan('traced-1');
  expect(operation.name).toBe('query ChatPolls');
  expect(operation.attributes).toMatchObject({
    'graphql.operation.name': 'ChatPolls',
    'graphql.operation.type': 'query',
    'facade.outcome': 'ok',
  });
  const children = exporter.getFinishedSpans().filter((span) => parentOf(span) === idOf(operation));
  for (const child of children) expect(child.spanContext().traceId).toBe(operation.spanContext().traceId);

  const calls = children.filter((span) => span.attributes['bitrix24.method'] !== 'batch');
  const methods = calls.map((span) => span.attributes['bitrix24.method']);
  expect(methods).toEqual(expect.arrayContaining(['vote.AttachedVote.getMany', 'im.dialog.get']));
  for (const call of calls) {
    expect(call.attributes['url.full']).toMatch(/\/rest\/1\/\*\*\*\//);
    expect(typeof call.attributes['bitrix24.batched']).toBe('boolean');
  }
  const batches = children.filter((span) => span.name === 'portal batch');
  // The missing poll is looked up with one `get` per id of its chunk, in one `batch`.
  expect(batches).toContainEqual(
    expect.objectContaining({
      attributes: expect.objectContaining({
        'bitrix24.batch.commands': 3,
        'bitrix24.batch.methods': ['vote.AttachedVote.get'],
      }),
    }),
  );
  // getMany and im.dialog.get are batchable: a call that travelled in a batch says with how many,
  // and that batch's span is there too.
  const batched = calls.filter((span) => span.attributes['bitrix24.batched'] === true);
  expect(batched.length).toBeGreaterThan(0);
  for (const call of batched) {
    const size = call.attributes['bitrix24.batch.size'];
    expect(batches.map((span) => span.attributes['bitrix24.batch.commands'])).toContain(size);
  }

  const everything = JSON.stringify(
    exporter.getFinishedSpans().map((span) => ({
      name: span.name,
      attributes: span.attributes,
      events: span.events,
      status: span.status,
      links: span.links,
      resource: span.resource.attributes,
    })),
  );
  expect(everything).toContain('/rest/1/***/');
  expect(everything).not.toContain(WEBHOOK_CODE);
  expect(everything).not.toContain(API_KEY);
});

it('a failed portal call carries its code, HTTP status and retries; the operation its error code', async () => {
  exporter.reset();
  await addFault(h.emulator, { kind: 'http5xx', status: 503, rate: 1, methods: ['im.dialog.get'] });
  const reply = await ask('query Chat { chat(dialogId: "chat1") { chatId } }', {}, 'traced-2');
  expect(reply.errors?.[0]?.extensions?.code).toBe('PORTAL_UNAVAILABLE');

  const operation = operationSpan('traced-2');
  expect(operation.attributes).toMatchObject({
    'facade.outcome': 'error',
    'facade.error_codes': ['PORTAL_UNAVAILABLE'],
  });
  const call = exporter
    .getFinishedSpans()
    .find(
      (span) => parentOf(span) === idOf(operation) && span.attributes['bitrix24.method'] === 'im.dialog.get',
    );
  expect(call?.attributes).toMatchObject({ 'http.response.status_code': 503, 'bitrix24.retry.count': 1 });
  expect(call?.events.filter((event) => event.name === 'portal.retry')).toHaveLength(1);
  expect(
    JSON.stringify(exporter.getFinishedSpans().map((s) => [s.name, s.attributes, s.events])),
  ).not.toContain(WEBHOOK_CODE);
});
