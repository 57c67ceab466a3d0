/**
 * Telegram session strings in a real Redis, shared by two store instances (two replicas).
 * Needs the `redis-server` binary; skipped, saying so, without it.
 */
import { RedisTelegramSessionStore } from '../../../src/backends/telegram/sessions/redis.session-store.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';

const hasRedisServer = redisServerInstalled();
if (!hasRedisServer) console.warn('redis-session-store.test.ts skipped: redis-server is not installed');
const withRedis = hasRedisServer ? describe : describe.skip;

withRedis('RedisTelegramSessionStore', () => {
  let redis: RedisProcess;
  const stores: RedisTelegramSessionStore[] = [];
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await redis?.close();
  });

  test('a session set by one replica is read and deleted by another', async () => {
    const a = new RedisTelegramSessionStore({ url: redis.url, prefix: 'test:' });
    const b = new RedisTelegramSessionStore({ url: redis.url, prefix: 'test:' });
    stores.push(a, b);
    expect(await b.get('2')).toBeUndefined();
    await a.set('2', '1AgAsession-two');
    expect(await b.get('2')).toBe('1AgAsession-two');
    await b.delete('2');
    expect(await a.get('2')).toBeUndefined();
  });
});
