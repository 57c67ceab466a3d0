/**
 * Where the pacing state lives. The embedded default keeps it in this process; with REDIS_URL it
 * lives in Redis (redis-rate-store.ts) so that every replica draws from the same bucket, because
 * the portal counts per portal and source address, not per process (docs/architecture.md §6).
 */
import { markBucketFull, reserveSlot, type BucketShape, type Reservation } from './bucket-math.js';
import type { Clock } from './clock.js';
import {
  EMPTY_OPERATING,
  blockOperating,
  operatingWaitMs,
  recordOperating,
  type OperatingShape,
  type OperatingState,
} from './operating-mirror.js';

export interface RateStore {
  /** Reserves the next request slot for `bucketKey` (one portal). */
  reserve(bucketKey: string, shape: BucketShape, maxWaitMs: number): Promise<Reservation>;
  /** The portal said its bucket is full: sync the mirror to `burst`. */
  markFull(bucketKey: string, burst: number, shape: BucketShape): Promise<void>;
  /** How long a call of `method` with this credential must wait before it may go. */
  operatingWait(budgetKey: string, shape: OperatingShape): Promise<number>;
  record(budgetKey: string, operating: number | undefined, resetAtSeconds: number | undefined): Promise<void>;
  block(budgetKey: string, shape: OperatingShape): Promise<void>;
  close(): Promise<void>;
}

/** Entries idle this long are dropped, so a long-running process does not accumulate keys. */
const IDLE_MS = 15 * 60_000;

export class MemoryRateStore implements RateStore {
  private readonly tats = new Map<string, number>();
  private readonly budgets = new Map<string, OperatingState & { touched: number }>();
  private lastSweep = 0;

  constructor(private readonly clock: Clock) {}

  reserve(bucketKey: string, shape: BucketShape, maxWaitMs: number): Promise<Reservation> {
    const now = this.clock.now();
    this.sweep(now);
    const reservation = reserveSlot(this.tats.get(bucketKey) ?? 0, now, shape, maxWaitMs);
    if (reservation.ok) this.tats.set(bucketKey, reservation.tat);
    return Promise.resolve(reservation);
  }

  markFull(bucketKey: string, burst: number, shape: BucketShape): Promise<void> {
    const now = this.clock.now();
    this.tats.set(bucketKey, markBucketFull(this.tats.get(bucketKey) ?? 0, now, burst, shape));
    return Promise.resolve();
  }

  /** The mirrored level, for tests and stats. */
  tatOf(bucketKey: string): number {
    return this.tats.get(bucketKey) ?? 0;
  }

  operatingWait(budgetKey: string, shape: OperatingShape): Promise<number> {
    return Promise.resolve(operatingWaitMs(this.budget(budgetKey), this.clock.now(), shape));
  }

  record(
    budgetKey: string,
    operating: number | undefined,
    resetAtSeconds: number | undefined,
  ): Promise<void> {
    if (operating !== undefined)
      this.save(budgetKey, recordOperating(this.budget(budgetKey), operating, resetAtSeconds));
    return Promise.resolve();
  }

  block(budgetKey: string, shape: OperatingShape): Promise<void> {
    this.save(budgetKey, blockOperating(this.budget(budgetKey), this.clock.now(), shape));
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  private budget(key: string): OperatingState {
    return this.budgets.get(key) ?? EMPTY_OPERATING;
  }

  private save(key: string, state: OperatingState): void {
    this.budgets.set(key, { ...state, touched: this.clock.now() });
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < IDLE_MS) return;
    this.lastSweep = now;
    for (const [key, tat] of this.tats) if (tat + IDLE_MS < now) this.tats.delete(key);
    for (const [key, state] of this.budgets) {
      if (state.touched + IDLE_MS < now && state.blockedUntilMs < now) this.budgets.delete(key);
    }
  }
}
