/**
 * Pacing over HTTP against the emulator's real leaky bucket: a burst of 150 calls waits in the
 * queue instead of collecting QUERY_LIMIT_EXCEEDED. Counts come from the emulator (every HTTP
 * request it received vs the calls it ran), never from the clock. The bucket is made small and
 * fast (burst 10, 40/s) so the test stays short; the arithmetic is the same as 50/2.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { createPortalClient, isRateLimit, type PortalCaller } from '../../../src/backends/bitrix24/index.js';
import { RateLimitedError } from '../../../src/backends/bitrix24/traffic/index.js';
import { callsTo, engineFor, refusedRequests, webhookOf } from './traffic-helpers.js';

const LIMITS = { burst: 10, drainPerSecond: 40 };
const PACING = { burst: LIMITS.burst, drainPerSecond: LIMITS.drainPerSecond, safetyMargin: 2 };
let emu: RunningEmulator;

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: true, ...LIMITS } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.reset());

const burst = (caller: PortalCaller, n: number) =>
  Promise.allSettled(
    Array.from({ length: n }, () => caller.call('im.dialog.get', { DIALOG_ID: 'chat1' }, webhookOf(emu))),
  );

describe('pacing', () => {
  it('the raw client collects 503 QUERY_LIMIT_EXCEEDED from such a burst (the test can fail)', async () => {
    const settled = await burst(createPortalClient({ timeoutMs: 10_000 }), 150);
    const limited = settled.filter((s) => s.status === 'rejected' && isRateLimit(s.reason));
    expect(limited.length).toBeGreaterThan(0);
    expect(refusedRequests(emu)).toBe(limited.length);
  });

  it('150 calls with batching off: no 503 reaches a caller, none is even sent', async () => {
    const engine = engineFor({ options: { pacing: PACING, batching: { enabled: false } } });
    const settled = await burst(engine, 150);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(callsTo(emu, 'im.dialog.get')).toBe(150);
    expect(refusedRequests(emu)).toBe(0);
    expect(emu.httpRequests()).toBe(150);
    expect(engine.stats().delayed).toBeGreaterThan(0);
  });

  it('the portal saying "full" (other clients share the bucket) re-syncs the mirror and retries', async () => {
    // Another client on the same source address fills the bucket first.
    await burst(createPortalClient({ timeoutMs: 10_000 }), LIMITS.burst + 3);
    emu.clearCalls();
    const engine = engineFor({ options: { pacing: PACING, batching: { enabled: false } } });
    const settled = await burst(engine, 20);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(callsTo(emu, 'im.dialog.get')).toBe(20);
    expect(engine.stats().resyncs).toBeGreaterThan(0);
  });

  it('a call that would wait longer than maxWaitMs fails at once with RATE_LIMITED and retryAfterSeconds', async () => {
    const engine = engineFor({
      options: { pacing: { ...PACING, drainPerSecond: 1, maxWaitMs: 2000 }, batching: { enabled: false } },
    });
    const settled = await burst(engine, 20);
    const refused = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason as unknown] : []));
    expect(refused.length).toBeGreaterThan(0);
    for (const e of refused) {
      expect(e).toBeInstanceOf(RateLimitedError);
      expect((e as RateLimitedError).code).toBe('RATE_LIMITED');
      expect((e as RateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    }
    // Refused calls never reached the portal.
    expect(emu.httpRequests()).toBe(20 - refused.length);
  });

  it('with batching on, 150 calls need only ceil(150/50) requests and never wait', async () => {
    const engine = engineFor({ options: { pacing: PACING } });
    const settled = await burst(engine, 150);
    expect(settled.filter((s) => s.status === 'rejected')).toEqual([]);
    expect(emu.httpRequests()).toBe(3);
    expect(refusedRequests(emu)).toBe(0);
  });
});
