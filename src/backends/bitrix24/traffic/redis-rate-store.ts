/**
 * The pacing state in Redis, so any number of replicas together stay under the portal's limits.
 * Every read-modify-write is one Lua script (atomic on the server) and uses the Redis server's
 * clock, so replicas with skewed clocks still agree. The arithmetic is the one in bucket-math.ts
 * and operating-mirror.ts. Keys hold no secret: the budget key is a hash of the credential.
 */
import { Redis } from 'ioredis';
import type { BucketShape, Reservation } from './bucket-math.js';
import type { OperatingShape } from './operating-mirror.js';
import type { RateStore } from './rate-store.js';

const NOW_MS = `local t = redis.call('TIME'); local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/** KEYS[1] bucket; ARGV: limit, drainPerSecond, maxWaitMs → {ok(1/0), waitMs|retryAfterMs} */
const RESERVE = `${NOW_MS}
local limit = tonumber(ARGV[1]); local step = 1000 / tonumber(ARGV[2]); local maxWait = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local nextTat = math.max(tat, now) + step
local wait = math.max(0, nextTat - now - limit * step)
if wait > maxWait then return {0, tostring(wait)} end
redis.call('SET', KEYS[1], tostring(nextTat), 'PX', math.floor(nextTat - now) + 60000)
return {1, tostring(wait)}`;

/** KEYS[1] bucket; ARGV: burst, drainPerSecond */
const MARK_FULL = `${NOW_MS}
local step = 1000 / tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
local full = math.max(tat, now + tonumber(ARGV[1]) * step)
redis.call('SET', KEYS[1], tostring(full), 'PX', math.floor(full - now) + 60000)
return 1`;

/** KEYS[1] budget hash; ARGV: limitSeconds, marginSeconds → wait ms */
const OPERATING_WAIT = `${NOW_MS}
local v = redis.call('HMGET', KEYS[1], 'operating', 'resetAtMs', 'blockedUntilMs')
local operating = tonumber(v[1] or '0'); local resetAt = tonumber(v[2] or '0'); local blocked = tonumber(v[3] or '0')
if blocked > now then return tostring(blocked - now) end
if operating >= tonumber(ARGV[1]) - tonumber(ARGV[2]) and resetAt > now then return tostring(resetAt - now) end
return '0'`;

/** KEYS[1] budget hash; ARGV: operating, resetAtMs ('' = keep) */
const RECORD = `redis.call('HSET', KEYS[1], 'operating', ARGV[1])
if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'resetAtMs', ARGV[2]) end
redis.call('PEXPIRE', KEYS[1], 660000)
return 1`;

/** KEYS[1] budget hash; ARGV: pauseMs */
const BLOCK = `${NOW_MS}
local v = redis.call('HMGET', KEYS[1], 'resetAtMs', 'blockedUntilMs')
local resetAt = tonumber(v[1] or '0'); local blocked = tonumber(v[2] or '0')
local untilMs = resetAt
if resetAt <= now then untilMs = now + tonumber(ARGV[1]) end
redis.call('HSET', KEYS[1], 'blockedUntilMs', tostring(math.max(blocked, untilMs)))
redis.call('PEXPIRE', KEYS[1], 660000)
return 1`;

type Scripted = Redis & {
  b24Reserve(key: string, limit: number, drain: number, maxWait: number): Promise<[number, string]>;
  b24MarkFull(key: string, burst: number, drain: number): Promise<number>;
  b24OperatingWait(key: string, limit: number, margin: number): Promise<string>;
  b24Record(key: string, operating: string, resetAtMs: string): Promise<number>;
  b24Block(key: string, pauseMs: number): Promise<number>;
};

export interface RedisRateStoreOptions {
  url: string;
  /** Prefix for every key, so several facades (or tests) can share one Redis. */
  prefix?: string;
}

export class RedisRateStore implements RateStore {
  private readonly redis: Scripted;
  private readonly prefix: string;

  constructor(options: RedisRateStoreOptions) {
    const redis = new Redis(options.url, {
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    redis.defineCommand('b24Reserve', { numberOfKeys: 1, lua: RESERVE });
    redis.defineCommand('b24MarkFull', { numberOfKeys: 1, lua: MARK_FULL });
    redis.defineCommand('b24OperatingWait', { numberOfKeys: 1, lua: OPERATING_WAIT });
    redis.defineCommand('b24Record', { numberOfKeys: 1, lua: RECORD });
    redis.defineCommand('b24Block', { numberOfKeys: 1, lua: BLOCK });
    // Errors surface on the commands; an unhandled 'error' event would crash the process.
    redis.on('error', () => undefined);
    this.redis = redis as Scripted;
    this.prefix = options.prefix ?? 'b24facade:';
  }

  async reserve(bucketKey: string, shape: BucketShape, maxWaitMs: number): Promise<Reservation> {
    const [ok, ms] = await this.redis.b24Reserve(
      `${this.prefix}bucket:${bucketKey}`,
      shape.limit,
      shape.drainPerSecond,
      maxWaitMs,
    );
    // The tat lives in Redis; callers only need the wait.
    return ok === 1 ? { ok: true, waitMs: Number(ms), tat: 0 } : { ok: false, retryAfterMs: Number(ms) };
  }

  async markFull(bucketKey: string, burst: number, shape: BucketShape): Promise<void> {
    await this.redis.b24MarkFull(`${this.prefix}bucket:${bucketKey}`, burst, shape.drainPerSecond);
  }

  async operatingWait(budgetKey: string, shape: OperatingShape): Promise<number> {
    const key = `${this.prefix}op:${budgetKey}`;
    return Number(await this.redis.b24OperatingWait(key, shape.limitSeconds, shape.marginSeconds));
  }

  async record(
    budgetKey: string,
    operating: number | undefined,
    resetAtSeconds: number | undefined,
  ): Promise<void> {
    if (operating === undefined) return;
    const resetAtMs = resetAtSeconds === undefined ? '' : String(resetAtSeconds * 1000);
    await this.redis.b24Record(`${this.prefix}op:${budgetKey}`, String(operating), resetAtMs);
  }

  async block(budgetKey: string, shape: OperatingShape): Promise<void> {
    await this.redis.b24Block(`${this.prefix}op:${budgetKey}`, shape.pauseMs);
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}
