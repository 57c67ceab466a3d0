/**
 * SharedState in Redis (REDIS_URL), so that every replica sees the same first use of a key.
 * A fingerprint is claimed with `SET NX PX` (atomic: of two replicas racing on one key exactly one
 * gets "new"), compared with GET otherwise, and released only if it still holds the same
 * fingerprint (a small Lua compare-and-delete). Keys are SHA-256 hashes of the logical keys, so
 * Redis holds no dialog ids, texts or portal names. Entries expire like the memory map's (24 h for
 * keys; system-message ids after 30 days).
 */
import { createHash } from 'node:crypto';
import { Redis } from 'ioredis';
import { DEFAULT_TTL_MS, type FingerprintCheck } from './idempotency-fingerprints.js';
import type { FingerprintStore, SharedState } from './shared-state.js';
import { systemMessageKey } from './system-messages.js';

const SYSTEM_MESSAGE_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const COMPARE_AND_DELETE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0";

const hashed = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

export interface RedisSharedStateOptions {
  url: string;
  /** Key prefix, so several facades (or tests) can share one Redis. */
  prefix?: string;
  ttlMs?: number;
}

export function createRedisSharedState(options: RedisSharedStateOptions): SharedState {
  const redis = new Redis(options.url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  const prefix = options.prefix ?? 'b24facade:';
  const ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;

  function fingerprintStore(namespace: string): FingerprintStore {
    const keyOf = (key: string) => `${prefix}${namespace}:${hashed(key)}`;
    return {
      async check(key, fingerprint): Promise<FingerprintCheck> {
        const redisKey = keyOf(key);
        for (let attempt = 0; attempt < 2; attempt++) {
          if ((await redis.set(redisKey, fingerprint, 'PX', ttlMs, 'NX')) === 'OK') return 'new';
          const first = await redis.get(redisKey);
          if (first !== null) return first === fingerprint ? 'match' : 'mismatch';
          // Expired between SET and GET: claim again.
        }
        return 'new';
      },
      async forget(key, fingerprint): Promise<void> {
        await redis.eval(COMPARE_AND_DELETE, 1, keyOf(key), fingerprint);
      },
    };
  }

  const systemKey = (portal: string, botId: number, messageId: number) =>
    `${prefix}sysmsg:${hashed(systemMessageKey(portal, botId, messageId))}`;
  return {
    kind: 'redis',
    botSendKeys: fingerprintStore('botkey'),
    connectorMessageIds: fingerprintStore('connid'),
    systemMessages: {
      async remember(portal, botId, messageId) {
        await redis.set(systemKey(portal, botId, messageId), '1', 'PX', SYSTEM_MESSAGE_TTL_MS);
      },
      async has(portal, botId, messageId) {
        return (await redis.exists(systemKey(portal, botId, messageId))) === 1;
      },
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
