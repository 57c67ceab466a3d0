/**
 * Two engines ("replicas") sharing their pacing state through Redis stay together under the
 * portal's limit: the emulator refuses none of their requests. Needs the `redis-server` binary;
 * when it is not installed the test is skipped and says why (`npm test` runs without it).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.js';
import { createPortalClient, type PortalCaller } from '../../../src/portal/index.js';
import { RedisRateStore, createTrafficEngine } from '../../../src/portal/traffic/index.js';
import { callsTo, refusedRequests, webhookOf } from './traffic-helpers.js';

const hasRedis = spawnSync('redis-server', ['--version']).status === 0;
if (!hasRedis) console.warn('redis-sharing.test.ts skipped: redis-server is not installed');
const maybe = hasRedis ? describe : describe.skip;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startRedis(port: number): Promise<ChildProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start within 10 s')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/ready to accept connections/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}`));
    });
  });
  return child;
}

maybe('pacing state shared through Redis', () => {
  // Fast limits keep the test short; the safety margin (6 requests = 300 ms of drain) absorbs the
  // gap between a slot being granted and the request reaching the emulator on a busy machine. The
  // real portal drains 2/s, where the default margin of 2 is a whole second.
  const LIMITS = { burst: 20, drainPerSecond: 20 };
  const SAFETY_MARGIN = 6;
  let emu: RunningEmulator;
  let redis: ChildProcess;
  let url: string;
  const stores: RedisRateStore[] = [];

  beforeAll(async () => {
    const port = await freePort();
    redis = await startRedis(port);
    url = `redis://127.0.0.1:${port}`;
    emu = await startEmulator({ port: 0, limits: { enabled: true, ...LIMITS } });
  });
  afterAll(async () => {
    await Promise.all(stores.map((s) => s.close()));
    await emu?.close();
    redis?.kill('SIGTERM');
  });
  beforeEach(() => emu.reset());

  function replica(prefix: string, drainPerSecond = LIMITS.drainPerSecond): PortalCaller {
    const store = new RedisRateStore({ url, prefix });
    stores.push(store);
    return createTrafficEngine(createPortalClient({ timeoutMs: 10_000 }), {
      store,
      options: {
        pacing: { ...LIMITS, drainPerSecond, safetyMargin: SAFETY_MARGIN },
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
