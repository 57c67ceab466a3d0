/**
 * Logs over real HTTP: a request that meets a portal outage (every attempt answered 503 by the
 * emulator's fault injection) leaves exactly one warning naming the portal method, its code and
 * the request id, and no secret; at LOG_LEVEL=debug each portal call has its own line with its
 * duration.
 */
import { addFault } from '../../support/emulator.js';
import { API_KEY, startOpsHarness, WEBHOOK_CODE, type OpsHarness } from './ops-harness.js';

const CHAT = 'query { chat(dialogId: "chat1") { chatId } }';

async function ask(h: OpsHarness, requestId: string) {
  const response = await fetch(h.facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY, 'x-request-id': requestId },
    body: JSON.stringify({ query: CHAT }),
  });
  return (await response.json()) as { errors?: Array<{ extensions?: Record<string, unknown> }> };
}

describe('the log of a portal outage', () => {
  let h: OpsHarness;
  beforeAll(async () => {
    h = await startOpsHarness({ PORTAL_RETRY_MAX_ATTEMPTS: '2' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('is one warning with the portal method, code and request id, and no secret', async () => {
    await addFault(h.emulator, { kind: 'http5xx', status: 503, rate: 1, methods: ['im.dialog.get'] });
    const reply = await ask(h, 'outage-1');
    expect(reply.errors?.[0]?.extensions?.code).toBe('PORTAL_UNAVAILABLE');

    const mine = h.logLines.filter((line) => line.requestId === 'outage-1');
    const warnings = mine.filter((line) => line.level === 'warn' || line.level === 'error');
    expect(warnings).toEqual([
      expect.objectContaining({
        level: 'warn',
        requestId: 'outage-1',
        portal: expect.objectContaining({
          method: 'im.dialog.get',
          httpStatus: 503,
          code: expect.any(String),
        }),
      }),
    ]);
    const text = h.rawLog.join('\n');
    expect(text).not.toContain(WEBHOOK_CODE);
    expect(text).not.toContain(API_KEY);
  });
});

describe('LOG_LEVEL=debug', () => {
  let h: OpsHarness;
  beforeAll(async () => {
    h = await startOpsHarness({ LOG_LEVEL: 'debug' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('shows each portal call with its method, duration and request id, never a secret', async () => {
    const reply = await ask(h, 'debug-1');
    expect(reply.errors).toBeUndefined();
    const calls = h.logLines.filter((line) => line.msg === 'portal call' && line.requestId === 'debug-1');
    expect(calls).toEqual([
      expect.objectContaining({ level: 'debug', method: 'im.dialog.get', durationMs: expect.any(Number) }),
    ]);
    expect(h.rawLog.join('\n')).not.toContain(WEBHOOK_CODE);
  });
});
