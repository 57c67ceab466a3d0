/** A throw-away `redis-server` on a free loopback port: no persistence, killed by `close()`. */
import { spawn, spawnSync } from 'node:child_process';
import { freePort } from './ports.js';

export interface RedisProcess {
  url: string;
  close(): Promise<void>;
}

export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/**
 * Starts redis-server on a free port. The port is found free and then handed to redis-server, so
 * another process may take it in between: such a start is retried on a new port, a few times.
 */
export async function startRedis(attempts = 3): Promise<RedisProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startRedisOnce();
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}

async function startRedisOnce(): Promise<RedisProcess> {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'ignore'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('redis-server did not start in 10 s')), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        if (/ready to accept connections/i.test(chunk.toString())) {
          clearTimeout(timer);
          resolve();
        }
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error('redis-server exited during start-up'));
      });
    });
  } catch (error) {
    // Never leave a half-started server behind when the caller retries on another port.
    if (child.exitCode === null) child.kill('SIGKILL');
    throw error;
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async close() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}
