/**
 * The token pair in Redis (used automatically when REDIS_URL is set), shared by every replica of
 * the same application: one key per (token endpoint origin, hashed client id), plus a short lock
 * key so only one replica at a time spends the single-use refresh token. Key names hold no secret;
 * the value does, and is never logged.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  parseStoredAppToken,
  type AppTokenLock,
  type AppTokenStore,
  type StoredAppToken,
} from './app-token-store.js';

/** A refresh token lives 180 days (docs/bitrix24-contract.md §1.3); an untouched pair is useless after that. */
const REFRESH_TOKEN_TTL_SECONDS = 180 * 24 * 3600;

/** KEYS[1] lock; ARGV[1] owner: delete only a lock we still own (it may have expired and been retaken). */
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

type Scripted = Redis & { b24ReleaseLock(key: string, owner: string): Promise<number> };

export interface RedisAppTokenStoreOptions {
  url: string;
  /** from appTokenKey(oauthUrl, clientId) */
  key: string;
  /** Prefix for every key, as RedisRateStore's. */
  prefix?: string;
}

export class RedisAppTokenStore implements AppTokenStore {
  readonly location: string;
  private readonly redis: Scripted;
  private readonly tokenKey: string;
  private readonly lockKey: string;

  constructor(options: RedisAppTokenStoreOptions) {
    const redis = new Redis(options.url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
    redis.defineCommand('b24ReleaseLock', { numberOfKeys: 1, lua: RELEASE });
    // Errors surface on the commands; an unhandled 'error' event would crash the process.
    redis.on('error', () => undefined);
    this.redis = redis as Scripted;
    this.tokenKey = `${options.prefix ?? 'b24facade:'}app-token:${options.key}`;
    this.lockKey = `${this.tokenKey}:lock`;
    this.location = `redis key ${this.tokenKey}`;
  }

  async load(): Promise<StoredAppToken | undefined> {
    const text = await this.redis.get(this.tokenKey);
    if (text === null) return undefined;
    const parsed = parseStoredAppToken(text);
    // Unreadable: treat as absent; the next refresh overwrites it.
    return parsed.ok ? parsed.token : undefined;
  }

  async save(token: StoredAppToken): Promise<void> {
    await this.redis.set(this.tokenKey, JSON.stringify(token), 'EX', REFRESH_TOKEN_TTL_SECONDS);
  }

  async tryLock(ttlMs: number): Promise<AppTokenLock | undefined> {
    const owner = randomBytes(12).toString('hex');
    const taken = await this.redis.set(this.lockKey, owner, 'PX', ttlMs, 'NX');
    if (taken !== 'OK') return undefined;
    return {
      release: async () => {
        await this.redis.b24ReleaseLock(this.lockKey, owner).catch(() => undefined);
      },
    };
  }

  async close(): Promise<void> {
    try {
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }
}
