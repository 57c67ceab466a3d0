/**
 * Session strings in Redis, one hash (`<prefix>telegram-sessions`) with a field per subject, shared by
 * every replica. The field names (subjects) hold no secret; the values do, and are never logged.
 */
import { Redis } from 'ioredis';
import type { TelegramSessionStore } from './session-store.port.js';

export interface RedisTelegramSessionStoreOptions {
  url: string;
  /** Prefix for the key, as the other Redis stores'. */
  prefix?: string;
}

export class RedisTelegramSessionStore implements TelegramSessionStore {
  private readonly redis: Redis;
  private readonly key: string;

  constructor(options: RedisTelegramSessionStoreOptions) {
    this.redis = new Redis(options.url, { maxRetriesPerRequest: 2, enableOfflineQueue: true });
    // errors surface on the commands; an unhandled 'error' event would crash the process
    this.redis.on('error', () => undefined);
    this.key = `${options.prefix ?? 'b24facade:'}telegram-sessions`;
  }

  async get(subject: string): Promise<string | undefined> {
    return (await this.redis.hget(this.key, subject)) ?? undefined;
  }

  async set(subject: string, session: string): Promise<void> {
    await this.redis.hset(this.key, subject, session);
  }

  async delete(subject: string): Promise<void> {
    await this.redis.hdel(this.key, subject);
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
