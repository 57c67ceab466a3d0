/**
 * One operation's portal calls: a budget of calls (GRAPHQL_MAX_PORTAL_CALLS) and one deadline
 * (GRAPHQL_OPERATION_TIMEOUT_MS) shared by all of them, over HTTP against the emulator's faults.
 * Assertions are on codes, reasons and the emulator's call log, never on elapsed time.
 */
import { postGraphQL, startHarness, type Harness } from './facade-harness.js';

const DEV_TOKEN = { authorization: 'Bearer dev-token-1' };

async function fault(h: Harness, spec: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${h.emulator.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(res.status).toBeLessThan(300);
}

async function callLog(h: Harness): Promise<Array<{ method: string }>> {
  const res = await fetch(`${h.emulator.url}/_emulator/calls`);
  const body = (await res.json()) as { calls: Array<{ method: string }> } | Array<{ method: string }>;
  return Array.isArray(body) ? body : body.calls;
}

describe('portal-call budget per operation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ GRAPHQL_MAX_PORTAL_CALLS: '2', FACADE_DATALOADERS: 'false' });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(() => h.emulator.reset());

  it('refuses the call past the budget with PORTAL_CALL_BUDGET_EXCEEDED; only the budget was sent', async () => {
    const reply = await postGraphQL(
      h.facade,
      '{ a: chat(dialogId: "chat1") { dialogId } b: chat(dialogId: "chat2") { dialogId } c: chat(dialogId: "chat1") { chatId } }',
      DEV_TOKEN,
    );
    const codes = (reply.body.errors ?? []).map((e) => e.extensions);
    expect(codes).toContainEqual(
      expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'PORTAL_CALL_BUDGET_EXCEEDED' }),
    );
    expect((await callLog(h)).length).toBe(2);
  });
});

describe('one deadline per operation', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ GRAPHQL_OPERATION_TIMEOUT_MS: '400' }, 'emulator', { traffic: true });
  });
  afterAll(async () => {
    await h.close();
  });
  beforeEach(async () => {
    await fetch(`${h.emulator.url}/_emulator/faults`, { method: 'DELETE' });
    await h.emulator.reset();
  });

  it('a read that hangs is cut at the deadline: PORTAL_UNAVAILABLE, reason OPERATION_DEADLINE_EXCEEDED', async () => {
    await fault(h, { kind: 'hang', count: 1, methods: ['im.dialog.get'] });
    const reply = await postGraphQL(h.facade, '{ chat(dialogId: "chat1") { dialogId } }', DEV_TOKEN);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'PORTAL_UNAVAILABLE',
      reason: 'OPERATION_DEADLINE_EXCEEDED',
    });
  });

  it('a creation cut while under way is OUTCOME_UNKNOWN, never a plain failure', async () => {
    await fault(h, { kind: 'hang', count: 1, methods: ['vote.Integration.Im.send'] });
    const reply = await postGraphQL(
      h.facade,
      'mutation { sendPoll(input: {dialogId: "chat1", question: "Lunch?", answers: ["a", "b"]}) { __typename } }',
      DEV_TOKEN,
    );
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'OUTCOME_UNKNOWN',
      reason: 'OPERATION_DEADLINE_EXCEEDED',
    });
  });

  it('retries of a keyed creation stop at the deadline: every 5xx attempt started before it', async () => {
    await fault(h, { kind: 'latency', latencyMs: 150, rate: 1, methods: ['vote.Integration.Im.send'] });
    await fault(h, { kind: 'http5xx', rate: 1, methods: ['vote.Integration.Im.send'] });
    const reply = await postGraphQL(
      h.facade,
      'mutation { sendPoll(input: {dialogId: "chat1", question: "Lunch?", answers: ["a", "b"], idempotencyKey: "deadline-1"}) { __typename } }',
      DEV_TOKEN,
    );
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({ reason: 'OPERATION_DEADLINE_EXCEEDED' });
    expect(['OUTCOME_UNKNOWN', 'PORTAL_UNAVAILABLE']).toContain(reply.body.errors?.[0]?.extensions?.code);
    // 400 ms at 150 ms of latency per attempt leaves room for at most 3 attempts (4 without the deadline).
    const sends = (await callLog(h)).filter((c) => c.method === 'vote.Integration.Im.send').length;
    expect(sends).toBeLessThanOrEqual(3);
  });
});
