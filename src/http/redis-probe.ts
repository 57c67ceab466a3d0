/**
 * Readiness of Redis (REDIS_URL): a PING on a connection of its own, bounded by a short timeout,
 * cached for a few seconds like the portal probe. Its own connection, so the probe never queues
 * behind (or breaks) the traffic engine's Lua calls. The URL may hold a password: it is never
 * logged or returned.
 */
import { Redis } from 'ioredis';

export interface RedisProbe {
  check(): Promise<boolean>;
  close(): Promise<void>;
}

export function createRedisProbe(
  url: string,
  options: { timeoutMs?: number; cacheMs?: number } = {},
): RedisProbe {
  const timeoutMs = options.timeoutMs ?? 1000;
  const cacheMs = options.cacheMs ?? 3000;
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    // Reconnect in the background at a gentle pace; a probe never waits for it.
    retryStrategy: () => 2000,
  });
  redis.on('error', () => undefined); // failures show as a false probe, never as a crash
  let cached: { at: number; ok: boolean } | undefined;
  let inFlight: Promise<boolean> | undefined;

  async function ping(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answer = (async () => {
      if (redis.status === 'wait') await redis.connect();
      return (await redis.ping()) === 'PONG';
    })().catch(() => false);
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async check() {
      if (cached !== undefined && performance.now() - cached.at < cacheMs) return cached.ok;
      inFlight ??= ping().then((ok) => {
        cached = { at: performance.now(), ok };
        inFlight = undefined;
        return ok;
      });
      return inFlight;
    },
    async close() {
      redis.disconnect();
    },
  };
}
