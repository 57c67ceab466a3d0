/**
 * 3. Replicas: two facade engines sharing their pacing state through Redis (two engines with
 * separate Redis connections in this process: only Redis ties them together, and the emulator sees
 * one source address as it would for two processes on one host), overloaded for 60 s (`--quick`:
 * 10 s) against the real limits 50/2. The emulator must refuse zero requests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { startEmulator } from '../src/emulator/index.js';
import { isRateLimitedError, RedisRateStore } from '../src/portal/traffic/index.js';
import { engine, printTable, refused, webhook, type BenchContext } from './bench-support.js';

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
  const child = spawn('redis-server', [
    '--port',
    String(port),
    '--bind',
    '127.0.0.1',
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('redis-server did not start')), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      if (/ready to accept connections/i.test(chunk.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return child;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function replicasBench(ctx: BenchContext): Promise<void> {
  if (spawnSync('redis-server', ['--version']).status !== 0) {
    console.log('\n## 3. Replicas\n\nskipped: redis-server is not installed');
    return;
  }
  const seconds = ctx.quick ? 10 : 60;
  const port = await freePort();
  const redis = await startRedis(port);
  const url = `redis://127.0.0.1:${port}`;
  const emu = await startEmulator({ port: 0 });
  const stores = [new RedisRateStore({ url }), new RedisRateStore({ url })];
  const rows: Array<Record<string, string | number>> = [];
  try {
    const replicas = stores.map((store) =>
      engine({ store, options: { batching: { enabled: false }, pacing: { maxWaitMs: 5000 } } }),
    );
    const deadline = Date.now() + seconds * 1000;
    const counts = replicas.map(() => ({ served: 0, rateLimited: 0, other: 0 }));
    await Promise.all(
      replicas.flatMap((replica, r) =>
        Array.from({ length: 20 }, async () => {
          while (Date.now() < deadline) {
            try {
              await replica.call('im.dialog.get', { DIALOG_ID: 'chat1' }, webhook(emu));
              counts[r]!.served += 1;
            } catch (e) {
              if (isRateLimitedError(e)) counts[r]!.rateLimited += 1;
              else counts[r]!.other += 1;
              await sleep(250);
            }
          }
        }),
      ),
    );
    counts.forEach((c, r) =>
      rows.push({
        replica: `#${r + 1}`,
        seconds,
        served: c.served,
        'RATE_LIMITED (facade)': c.rateLimited,
        'other errors': c.other,
      }),
    );
    rows.push({
      replica: 'emulator',
      seconds,
      served: emu.calls().length,
      'RATE_LIMITED (facade)': '',
      'other errors': `QUERY_LIMIT_EXCEEDED: ${refused(emu)}`,
    });
  } finally {
    await Promise.all(stores.map((s) => s.close()));
    await emu.close();
    redis.kill('SIGTERM');
  }
  printTable(`3. Replicas: 2 engines sharing Redis, 40 workers overloading 50/2 for ${seconds} s`, rows);
}
