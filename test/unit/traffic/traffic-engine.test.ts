/** The engine's retry loop with a scripted inner caller and a fake clock (no HTTP, no real time). */
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import {
  createTrafficEngine,
  type TrafficOptionsInput,
} from '../../../src/backends/bitrix24/traffic/index.js';
import { FakeClock } from './fake-clock.js';

const credential = { kind: 'webhook' as const, webhookUrl: 'https://portal.example/rest/1/secretcode/' };
const fail = (code: string, httpStatus: number | null, outcomeUnknown: boolean, transport = false) =>
  new PortalError({ code, httpStatus, method: 'x', description: '', transport, outcomeUnknown });
const RESET = fail('CONNECTION_RESET', null, true, true);

/** An inner caller that plays back a script of failures, then succeeds. */
function scripted(script: Array<PortalError | PortalResponse<unknown>>) {
  const calls: string[] = [];
  const inner: PortalCaller = {
    call<T>(method: string): Promise<PortalResponse<T>> {
      calls.push(method);
      const next = script.shift() ?? { result: 'ok' };
      return next instanceof PortalError ? Promise.reject(next) : Promise.resolve(next as PortalResponse<T>);
    },
    download: () => Promise.reject(new Error('not used')),
  };
  return { inner, calls };
}

function engine(inner: PortalCaller, options: TrafficOptionsInput = {}) {
  const clock = new FakeClock();
  const e = createTrafficEngine(inner, {
    clock,
    random: () => 0.5,
    options: { batching: { enabled: false }, ...options },
  });
  return { clock, e };
}

/** Runs a call to completion, advancing the fake clock while it sleeps. */
async function run<T>(clock: FakeClock, promise: Promise<T>): Promise<T> {
  let settled = false;
  const tracked = promise.finally(() => (settled = true));
  tracked.catch(() => undefined);
  for (let i = 0; i < 100 && !settled; i++) await clock.advance(1000);
  return tracked;
}

describe('traffic engine retry loop', () => {
  it('a creation without a key whose answer was lost → OUTCOME_UNKNOWN after one call', async () => {
    const { inner, calls } = scripted([RESET]);
    const { clock, e } = engine(inner);
    const error = await run(clock, e.call('vote.Integration.Im.send', {}, credential)).catch(
      (x: unknown) => x,
    );
    expect((error as PortalError).code).toBe('OUTCOME_UNKNOWN');
    expect((error as PortalError).outcomeUnknown).toBe(true);
    expect((error as PortalError).method).toBe('vote.Integration.Im.send');
    expect(calls).toHaveLength(1);
  });

  it('the same creation with an idempotency key is retried after a jittered backoff', async () => {
    const { inner, calls } = scripted([RESET, fail('INTERNAL_SERVER_ERROR', 500, true)]);
    const { clock, e } = engine(inner);
    const response = await run(
      clock,
      e.call('vote.Integration.Im.send', {}, credential, { idempotencyKey: 'k' }),
    );
    expect(response.result).toBe('ok');
    expect(calls).toHaveLength(3);
    // random 0.5: 3/4 of 200 ms, then 3/4 of 400 ms
    expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([150, 300]);
    expect(e.stats().retries).toBe(2);
  });

  it('fails fast on a permission error', async () => {
    const { inner, calls } = scripted([fail('insufficient_scope', 403, false)]);
    const { clock, e } = engine(inner);
    const error = await run(clock, e.call('vote.AttachedVote.get', {}, credential)).catch((x: unknown) => x);
    expect((error as PortalError).code).toBe('insufficient_scope');
    expect(calls).toHaveLength(1);
  });

  it('a 503 QUERY_LIMIT_EXCEEDED re-syncs the bucket and retries after it drains', async () => {
    const { inner, calls } = scripted([fail('QUERY_LIMIT_EXCEEDED', 503, false)]);
    const { clock, e } = engine(inner);
    const response = await run(clock, e.call('imbot.v2.Chat.Message.delete', {}, credential));
    expect(response.result).toBe('ok');
    expect(calls).toHaveLength(2);
    expect(e.stats().resyncs).toBe(1);
    expect(clock.sleeps).toContain(1500); // the 2-request margin at 2/s
  });

  it('gives up on rate limits after maxRateLimitRetries with RATE_LIMITED', async () => {
    const limited = Array.from({ length: 10 }, () => fail('QUERY_LIMIT_EXCEEDED', 503, false));
    const { inner, calls } = scripted(limited);
    const { clock, e } = engine(inner, { retry: { maxRateLimitRetries: 2 } });
    const error = await run(clock, e.call('vote.AttachedVote.get', {}, credential)).catch((x: unknown) => x);
    expect((error as PortalError).code).toBe('RATE_LIMITED');
    expect(calls).toHaveLength(3);
  });

  it('a ballot whose answer was lost is read back; a matching userAnswerMap is the answer', async () => {
    const attach = { ID: '5', userAnswerMap: { '1': { '3': { ANSWER_ID: '3' } } } };
    const { inner, calls } = scripted([RESET, { result: { attach } }]);
    const { clock, e } = engine(inner);
    const response = await run(
      clock,
      e.call('vote.AttachedVote.vote', { attachId: 5, ballot: { '1': ['3'] } }, credential),
    );
    expect(response.result).toEqual({ attach });
    expect(calls).toEqual(['vote.AttachedVote.vote', 'vote.AttachedVote.get']);
  });

  it('a ballot read back without it is sent again', async () => {
    const { inner, calls } = scripted([RESET, { result: { attach: { userAnswerMap: [] } } }]);
    const { clock, e } = engine(inner);
    const response = await run(
      clock,
      e.call('vote.AttachedVote.vote', { attachId: 5, ballot: { '1': ['3'] } }, credential),
    );
    expect(response.result).toBe('ok');
    expect(calls).toEqual(['vote.AttachedVote.vote', 'vote.AttachedVote.get', 'vote.AttachedVote.vote']);
  });
});
