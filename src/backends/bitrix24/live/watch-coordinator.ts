/**
 * One watcher across replicas (REDIS_URL): a lease in Redis (SET NX PX, renewed only by its
 * holder) says which replica reads; every replica heartbeats the polls its own subscribers watch
 * (with the credential that authorised them and the baseline they saw), so the holder reads them
 * all. A replica that dies stops renewing: its lease and its watch set expire, and another
 * replica takes over.
 *
 * The watch set holds subscribers' portal credentials (as the application token store does), so
 * Redis must be as trusted as for that store; nothing of it is logged.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import type { PortalCredential } from '../credential.js';

export interface SharedWatch {
  pollId: string;
  messageId: number;
  fingerprint: string;
  credential: PortalCredential;
}

export interface WatchCoordinator {
  /** Takes or renews the lease; true while this replica is the one that reads. */
  lead(): Promise<boolean>;
  /** Publishes this replica's watch set (replacing the last one) for the lease holder. */
  share(watches: readonly SharedWatch[]): Promise<void>;
  /** The watch sets of the other live replicas. */
  others(): Promise<SharedWatch[]>;
  close(): Promise<void>;
}

const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end`;

export class RedisWatchCoordinator implements WatchCoordinator {
  readonly replicaId = randomUUID();
  private readonly redis: Redis;
  private readonly lease: string;
  private readonly replicas: string;

  constructor(
    url: string,
    /** How long a lease or a watch set lives without renewal. */
    private readonly ttlMs: number,
    private readonly prefix = 'facade:live:',
    private readonly now: () => number = Date.now,
  ) {
    this.redis = new Redis(url, { maxRetriesPerRequest: 2 });
    this.redis.on('error', () => undefined); // a Redis outage pauses the watcher; it never crashes
    this.lease = `${prefix}watcher-lease`;
    this.replicas = `${prefix}replicas`;
  }

  async lead(): Promise<boolean> {
    const renewed = Number(await this.redis.eval(RENEW, 1, this.lease, this.replicaId, this.ttlMs));
    if (renewed === 1) return true;
    return (await this.redis.set(this.lease, this.replicaId, 'PX', this.ttlMs, 'NX')) === 'OK';
  }

  async share(watches: readonly SharedWatch[]): Promise<void> {
    const key = this.setKey(this.replicaId);
    const multi = this.redis.multi().del(key);
    if (watches.length > 0) {
      multi.hset(key, ...watches.flatMap((w) => [w.pollId, JSON.stringify(w)]));
      multi.pexpire(key, this.ttlMs);
    }
    multi.zadd(this.replicas, this.now() + this.ttlMs, this.replicaId);
    multi.zremrangebyscore(this.replicas, '-inf', this.now());
    await multi.exec();
  }

  async others(): Promise<SharedWatch[]> {
    const ids = (await this.redis.zrangebyscore(this.replicas, this.now(), '+inf')).filter(
      (id) => id !== this.replicaId,
    );
    const out: SharedWatch[] = [];
    for (const id of ids) {
      const entries = await this.redis.hvals(this.setKey(id));
      for (const entry of entries) out.push(JSON.parse(entry) as SharedWatch);
    }
    return out;
  }

  async close(): Promise<void> {
    try {
      await this.redis.eval(RELEASE, 1, this.lease, this.replicaId);
      await this.redis.multi().del(this.setKey(this.replicaId)).zrem(this.replicas, this.replicaId).exec();
      await this.redis.quit();
    } catch {
      this.redis.disconnect();
    }
  }

  private setKey(replicaId: string): string {
    return `${this.prefix}watch:${replicaId}`;
  }
}
