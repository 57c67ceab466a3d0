/**
 * The engine under a sustained queue, on a fake clock: calls keep arriving faster than the
 * portal drains (or exactly as fast), and the portal takes a while to answer each request. After
 * the burst is spent the engine must use every drain slot with a full batch: 2 requests/s of 50
 * calls. Counted from the fake portal's own log of what it received, never from wall-clock time.
 *
 * A guard rather than a regression test: the engine passes it as it is. An engine that keeps one
 * batch in flight at a time per credential (a slow answer then caps the rate) fails both slow-portal
 * cases (25 requests instead of 60).
 */
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import { createTrafficEngine } from '../../../src/backends/bitrix24/traffic/index.js';
import { FakeClock } from './fake-clock.js';

const credential = { kind: 'webhook' as const, webhookUrl: 'https://portal.example/rest/1/secretcode/' };
const METHOD = 'imbot.v2.Chat.Message.send';

/** A portal that answers every request after `latencyMs` and logs when each arrived. */
function slowPortal(clock: FakeClock, latencyMs: number) {
  const received: Array<{ at: number; calls: number }> = [];
  const inner: PortalCaller = {
    async call<T>(method: string, params: Record<string, unknown>): Promise<PortalResponse<T>> {
      const cmd = (params.cmd ?? {}) as Record<string, string>;
      received.push({ at: clock.now(), calls: method === 'batch' ? Object.keys(cmd).length : 1 });
      await clock.sleep(latencyMs);
      if (method !== 'batch') return { result: 1 as T };
      const result = Object.fromEntries(Object.keys(cmd).map((key, i) => [key, i + 1]));
      return { result: { result, result_error: [] } as T };
    },
    download: () => Promise.reject(new Error('not used')),
  };
  return { inner, received };
}

/**
 * Offers `perSecond` calls/s for `seconds` of fake time (a few every 20 ms), then lets the queue
 * run out; returns what the portal received in [warmupSeconds, seconds).
 */
async function offer(perSecond: number, seconds: number, warmupSeconds: number, latencyMs: number) {
  const clock = new FakeClock();
  const portal = slowPortal(clock, latencyMs);
  const engine = createTrafficEngine(portal.inner, { clock, random: () => 0.5 });
  const start = clock.now();
  const outcomes = { ok: 0, rateLimited: 0, other: 0 };
  const pending: Array<Promise<void>> = [];
  const tickMs = 20;
  const perTick = (perSecond * tickMs) / 1000;
  let offered = 0;
  for (let t = 0; t < seconds * 1000; t += tickMs) {
    const due = Math.floor(((t + tickMs) * perTick) / tickMs);
    for (; offered < due; offered++) {
      const key = `k${offered}`;
      pending.push(
        engine.call(METHOD, { n: offered }, credential, { idempotencyKey: key }).then(
          () => void (outcomes.ok += 1),
          (error: { code?: string }) =>
            void (error.code === 'RATE_LIMITED' ? (outcomes.rateLimited += 1) : (outcomes.other += 1)),
        ),
      );
    }
    await clock.advance(tickMs);
  }
  for (let i = 0; i < 200 && outcomes.ok + outcomes.rateLimited + outcomes.other < offered; i++)
    await clock.advance(1000);
  await Promise.all(pending);
  const window = portal.received.filter(
    (r) => r.at >= start + warmupSeconds * 1000 && r.at < start + seconds * 1000,
  );
  return {
    offered,
    outcomes,
    requests: window.length,
    calls: window.reduce((n, r) => n + r.calls, 0),
    seconds: seconds - warmupSeconds,
  };
}

describe('traffic engine under a sustained queue', () => {
  // 2 requests/s of 50 calls = 100 calls/s once the burst is spent; a drain slot left unused is
  // lost for good, so the counts must be at the ceiling, not near it.
  it.each([
    ['above the limit, instant portal', 150, 0],
    ['above the limit, portal slower than the drain interval', 150, 1_200],
    ['at the limit, portal slower than the drain interval', 100, 1_200],
  ])(
    '%s: every drain slot carries a full batch',
    async (_name, rate, latencyMs) => {
      const run = await offer(rate, 40, 10, latencyMs);
      expect(run.outcomes.other).toBe(0);
      // 30 s at 2 requests/s; one either side for where a slot falls against the window's edges.
      expect(run.requests).toBeGreaterThanOrEqual(2 * run.seconds - 1);
      expect(run.requests).toBeLessThanOrEqual(2 * run.seconds + 1);
      expect(run.calls).toBeGreaterThanOrEqual(50 * (2 * run.seconds - 1));
      expect(run.outcomes.ok + run.outcomes.rateLimited).toBe(run.offered);
    },
    60_000,
  );
});
