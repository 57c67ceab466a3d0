/**
 * Overload is answered with RATE_LIMITED and an honest retryAfterSeconds as soon as a call's
 * projected wait (the bucket's queue ahead of it at the portal's drain rate) passes maxWaitMs:
 * for batched calls too (their refusal used to lose its class and retryAfterSeconds), and with
 * two replicas projecting from the one bucket they share in Redis. Counts and values only: the
 * drain is so slow (one request per 5 s) that the refused wave is decided without any waiting.
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { createPortalClient, type PortalCaller } from '../../../src/backends/bitrix24/index.js';
import {
  RateLimitedError,
  RedisRateStore,
  createTrafficEngine,
  type TrafficEngineInit,
} from '../../../src/backends/bitrix24/traffic/index.js';
import type { RefusalReason } from '../../../src/backends/bitrix24/traffic/traffic-observer.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';
import { oauthOf } from './traffic-helpers.js';

// Limit 1 request in the mirrored bucket, one request drains per 5 s, waits above 4 s refused:
// the first batch goes at once, the next one would wait 5 s and is refused with retryAfter 5 s.
const PACING = { burst: 2, safetyMargin: 1, drainPerSecond: 0.2, maxWaitMs: 4000 };

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(() => emu.reset());

function replica(init: Omit<TrafficEngineInit, 'options'>, refusals: RefusalReason[]): PortalCaller {
  return createTrafficEngine(createPortalClient({ timeoutMs: 10_000 }), {
    ...init,
    options: { pacing: PACING },
    observer: { refused: (reason) => refusals.push(reason) },
  });
}

/** `n` concurrent reads: one batch window, one `batch` request when accepted. */
const wave = (caller: PortalCaller, n: number) =>
  Promise.allSettled(
    Array.from({ length: n }, () => caller.call('im.dialog.get', { DIALOG_ID: 'chat1' }, oauthOf(emu, 1))),
  );

function expectRefusedHonestly(settled: PromiseSettledResult<unknown>[]): void {
  for (const s of settled) {
    expect(s.status).toBe('rejected');
    const e = (s as PromiseRejectedResult).reason as RateLimitedError;
    expect(e).toBeInstanceOf(RateLimitedError);
    expect(e.method).toBe('im.dialog.get');
    expect(e.reason).toBe('WAIT_TOO_LONG');
    expect(e.retryAfterSeconds).toBe(5);
  }
}

it('batched calls over the projected wait: RateLimitedError with retryAfterSeconds, each refusal counted', async () => {
  const refusals: RefusalReason[] = [];
  const engine = replica({}, refusals);
  const first = await wave(engine, 3);
  expect(first.every((s) => s.status === 'fulfilled')).toBe(true);
  const second = await wave(engine, 3);
  expectRefusedHonestly(second);
  expect(refusals).toEqual(['max_wait', 'max_wait', 'max_wait']);
  expect(emu.httpRequests()).toBe(1);
});

const hasRedis = redisServerInstalled();
if (!hasRedis)
  console.warn('overload-refusal: the two-replica case is skipped, redis-server is not installed');
(hasRedis ? describe : describe.skip)('two replicas sharing Redis', () => {
  let redis: RedisProcess;
  const stores: RedisRateStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await redis?.close();
  });

  it("project the wait from each other's traffic: B is refused with the same honest retryAfter", async () => {
    const refusals: RefusalReason[] = [];
    const store = () => {
      const s = new RedisRateStore({ url: redis.url, prefix: 'overload:' });
      stores.push(s);
      return s;
    };
    const [a, b] = [replica({ store: store() }, refusals), replica({ store: store() }, refusals)];
    const first = await wave(a, 3);
    expect(first.every((s) => s.status === 'fulfilled')).toBe(true);
    expectRefusedHonestly(await wave(b, 3));
    expect(refusals).toEqual(['max_wait', 'max_wait', 'max_wait']);
    expect(emu.httpRequests()).toBe(1);
  });
});
