/**
 * Two engines ("replicas") sharing their pacing state through Redis stay together under the
 * portal's limit: the emulator refuses none of their requests. Needs the `redis-server` binary;
 * when it is not installed the test is skipped and says why (`npm test` runs without it).
 */
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { createPortalClient, type PortalCaller } from '../../../src/backends/bitrix24/index.js';
import { RedisRateStore, createTrafficEngine } from '../../../src/backends/bitrix24/traffic/index.js';
import { callsTo, refusedRequests, webhookOf } from './traffic-helpers.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';

const hasRedis = redisServerInstalled();
if (!hasRedis) console.warn('redis-sharing.test.ts skipped: redis-server is not installed');
const maybe = hasRedis ? describe : describe.skip;

maybe('pacing state shared through Redis', () => {
  // Fast limits keep the test short; the safety margin (8 requests = 800 ms of drain) absorbs a
  // stalled event loop that sends several granted requests at once on a busy machine (at 20/s with
  // a 300 ms margin, a loaded CI machine saw 17 of 180 refused). The real portal drains 2/s, where
  // the default margin of 2 is a whole second.
  const LIMITS = { burst: 20, drainPerSecond: 10 };
  const SAFETY_MARGIN = 8;
  let emu: RunningEmulator;
  let redis: RedisProcess;
  let url: string;
  const stores: RedisRateStore[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    url = redis.url;
    emu = await startEmulator({ port: 0, limits: { enabled: true, ...LIMITS } });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await emu?.close();
    await redis?.close();
  });
  beforeEach(() => emu.reset());

  function replica(prefix: string, drainPerSecond = LIMITS.drainPerSecond): PortalCaller {
    const store = new RedisRateStore({ url, prefix });
    stores.push(store);
    return createTrafficEngine(createPortalClient({ timeoutMs: 10_000 }), {
      store,
      options: {
        // 180 calls at 10/s queue for ~17 s: above the interactive default wait, so allow it here.
        pacing: { ...LIMITS, drainPerSecond, safetyMargin: SAFETY_MARGIN, maxWaitMs: 30_000 },
        batching: { enabled: false },
      },
    });
  }

  const burst = (caller: PortalCaller, n: number) =>
    Promise.allSettled(
      Array.from({ length: n }, () => caller.call('im.dialog.get', { DIALOG_ID: 'chat1' }, webhookOf(emu))),
    );

  it('two replicas, 90 calls each at once: zero requests refused by the portal', async () => {
    const [a, b] = [replica('shared:'), replica('shared:')];
    const both = await Promise.all([burst(a, 90), burst(b, 90)]);
    expect(both.flat().filter((s) => s.status === 'rejected')).toEqual([]);
    expect(callsTo(emu, 'im.dialog.get')).toBe(180);
    expect(refusedRequests(emu)).toBe(0);
  });

  it('the same two replicas with separate state (no sharing) do get refused: the test can fail', async () => {
    // A slow drain, so that the control does not depend on how fast this machine fires requests.
    emu.setLimits({ drainPerSecond: 5 });
    try {
      const [a, b] = [replica('alone-a:', 5), replica('alone-b:', 5)];
      // Each believes it has the whole bucket; the portal disagrees and the engines must resync.
      const both = await Promise.all([burst(a, 14), burst(b, 14)]);
      expect(both.flat().filter((s) => s.status === 'rejected')).toEqual([]);
      expect(refusedRequests(emu)).toBeGreaterThan(0);
    } finally {
      emu.setLimits({ drainPerSecond: LIMITS.drainPerSecond });
    }
  });
});
