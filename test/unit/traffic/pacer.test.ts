import { Pacer } from '../../../src/backends/bitrix24/traffic/pacer.js';
import { MemoryRateStore } from '../../../src/backends/bitrix24/traffic/rate-store.js';
import { RateLimitedError } from '../../../src/backends/bitrix24/traffic/traffic-errors.js';
import { DEFAULT_TRAFFIC_OPTIONS, type PacingOptions } from '../../../src/config/traffic-options.js';
import { FakeClock } from './fake-clock.js';

function pacer(over: Partial<PacingOptions> = {}) {
  const clock = new FakeClock();
  const options = { ...DEFAULT_TRAFFIC_OPTIONS.pacing, ...over };
  return { clock, pacer: new Pacer(options, new MemoryRateStore(clock), clock) };
}

describe('pacer', () => {
  it('the queue is bounded: the call past maxQueue is refused with RATE_LIMITED (QUEUE_FULL)', () => {
    const { pacer: p } = pacer({ maxQueue: 3 });
    p.enter('m');
    p.enter('m');
    p.enter('m');
    let refused: unknown;
    try {
      p.enter('m');
    } catch (e) {
      refused = e;
    }
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).reason).toBe('QUEUE_FULL');
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    p.leave();
    expect(() => p.enter('m')).not.toThrow();
    expect(p.stats).toMatchObject({ queued: 3, refused: 1 });
  });

  it('QUEUE_FULL says how long the calls ahead take to drain (batches of 50 at 2/s), not a flat second', () => {
    const clock = new FakeClock();
    const options = { ...DEFAULT_TRAFFIC_OPTIONS.pacing, maxQueue: 2000 };
    const p = new Pacer(options, new MemoryRateStore(clock), clock, {}, 50);
    for (let i = 0; i < 2000; i++) p.enter('m');
    let refused: unknown;
    try {
      p.enter('m');
    } catch (e) {
      refused = e;
    }
    // 2,000 calls ahead = 40 batches at 2 requests/s = 20 s.
    expect((refused as RateLimitedError).retryAfterSeconds).toBe(20);
  });

  it('waits its turn: 50 slots → 48 at once, then one every 500 ms', async () => {
    const { clock, pacer: p } = pacer();
    let done = 0;
    const all = Array.from({ length: 50 }, () => p.slot('portal', 'm').then(() => (done += 1)));
    await clock.advance(0);
    expect(done).toBe(48);
    await clock.advance(500);
    expect(done).toBe(49);
    await clock.advance(500);
    expect(done).toBe(50);
    await Promise.all(all);
    expect(p.stats.delayed).toBe(2);
  });

  it('a slot further away than maxWaitMs is refused with retryAfterSeconds, and reserves nothing', async () => {
    const { clock, pacer: p } = pacer({ maxWaitMs: 1000 });
    const calls = Array.from({ length: 52 }, () => p.slot('portal', 'm'));
    const results = Promise.allSettled(calls);
    await clock.advance(1000);
    const settled = await results;
    // 48 at once, 2 within a second (500, 1000 ms), the next two would wait 1500 ms
    const refused = settled.filter((r) => r.status === 'rejected');
    expect(refused).toHaveLength(2);
    const reason = (refused[0] as PromiseRejectedResult).reason as RateLimitedError;
    expect(reason.code).toBe('RATE_LIMITED');
    expect(reason.reason).toBe('WAIT_TOO_LONG');
    expect(reason.retryAfterSeconds).toBe(2);
  });

  it('pauses a method whose operating budget is used up until operating_reset_at', async () => {
    const { clock, pacer: p } = pacer({ maxWaitMs: 90_000 });
    await p.observe('cred|m', 475, clock.now() / 1000 + 60);
    let passed = false;
    const gate = p.methodGate('cred|m', 'm').then(() => (passed = true));
    await clock.advance(59_000);
    expect(passed).toBe(false);
    await clock.advance(1000);
    await gate;
    expect(passed).toBe(true);
    // other methods of the same credential are not affected
    await expect(p.methodGate('cred|other', 'other')).resolves.toBeUndefined();
  });

  it('after a 429 OPERATION_TIME_LIMIT, a pause longer than maxWaitMs is refused at once', async () => {
    const { pacer: p } = pacer({ maxWaitMs: 30_000, operatingPauseMs: 60_000 });
    await p.methodExhausted('cred|m');
    const error = await p.methodGate('cred|m', 'm').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(60);
  });

  it('the portal saying "full" makes the next slot wait for the real bucket to drain', async () => {
    const { clock, pacer: p } = pacer();
    await p.portalSaysFull('portal');
    let done = false;
    const slot = p.slot('portal', 'm').then(() => (done = true));
    await clock.advance(1499);
    expect(done).toBe(false);
    await clock.advance(1);
    await slot;
    expect(done).toBe(true);
  });
});
