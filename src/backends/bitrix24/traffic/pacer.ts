/**
 * Makes calls wait their turn instead of collecting QUERY_LIMIT_EXCEEDED: one request slot per
 * HTTP request from the portal's leaky bucket mirror, and a per-method gate from the operating
 * budget mirror. A wait longer than `maxWaitMs` fails at once with RATE_LIMITED; more than
 * `maxQueue` waiting calls are refused the same way, so overload never turns into memory growth.
 */
import { bucketLevel, msPerRequest, type BucketShape, type Reservation } from './bucket-math.js';
import type { Clock } from './clock.js';
import type { OperatingShape } from './operating-mirror.js';
import type { RateStore } from './rate-store.js';
import { RateLimitedError } from './traffic-errors.js';
import type { PacingOptions } from '../../../config/traffic-options.js';
import { portalHostOf, type TrafficObserver } from './traffic-observer.js';

export interface PacerStats {
  /** calls waiting right now (for a slot, a method pause or a batch window) */
  queued: number;
  /** slots granted */
  slots: number;
  /** slots that had to wait */
  delayed: number;
  refused: number;
  /** times the portal said "full" and the mirror re-synced */
  resyncs: number;
  /** slots granted to background calls (the live-results watcher) */
  background: number;
  /** background calls refused because the bucket was within the reserve */
  deferred: number;
}

export class Pacer {
  readonly stats: PacerStats = {
    queued: 0,
    slots: 0,
    delayed: 0,
    refused: 0,
    resyncs: 0,
    background: 0,
    deferred: 0,
  };
  private readonly bucket: BucketShape;
  private readonly operating: OperatingShape;

  constructor(
    private readonly options: PacingOptions,
    private readonly store: RateStore,
    private readonly clock: Clock,
    private readonly observer: TrafficObserver = {},
    /** calls one portal request carries when the queue drains (batch size with batching, else 1) */
    private readonly callsPerRequest = 1,
  ) {
    this.bucket = { limit: options.burst - options.safetyMargin, drainPerSecond: options.drainPerSecond };
    this.operating = {
      limitSeconds: options.operatingLimitSeconds,
      marginSeconds: options.operatingMarginSeconds,
      pauseMs: options.operatingPauseMs,
    };
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /**
   * Counts one more waiting call, or refuses it when the queue is full. Every successful enter()
   * must be paired with leave().
   */
  enter(method: string): void {
    if (this.stats.queued >= this.options.maxQueue) {
      this.stats.refused += 1;
      // The honest wait: the calls ahead of this one, drained at the portal's rate.
      const drainMs = (this.stats.queued / this.callsPerRequest) * (1000 / this.options.drainPerSecond);
      throw new RateLimitedError(
        method,
        Math.max(drainMs, 1000 / this.options.drainPerSecond),
        'QUEUE_FULL',
        `too many calls waiting for the portal (${this.options.maxQueue}); try again shortly`,
      );
    }
    this.stats.queued += 1;
  }

  leave(): void {
    this.stats.queued -= 1;
  }

  /**
   * Waits for one request slot of the portal `bucketKey` (call between enter and leave).
   * A background call takes a slot only at once and only while more than `reserve` slots of the
   * burst are free: it reserves against a bucket `reserve` slots smaller, on the same mirror (so
   * replicas sharing Redis see it too), which interactive calls still see in full.
   */
  async slot(
    bucketKey: string,
    method: string,
    signal?: AbortSignal,
    background?: { readonly reserve: number },
  ): Promise<void> {
    if (!this.options.enabled) return;
    if (background !== undefined) {
      const shape = { ...this.bucket, limit: Math.max(0, this.bucket.limit - background.reserve) };
      const reservation = await this.store.reserve(bucketKey, shape, 0);
      if (!reservation.ok || reservation.waitMs > 0) throw this.deferred(method, reservation);
      this.stats.background += 1;
      this.stats.slots += 1;
      this.report(bucketKey, reservation);
      return;
    }
    const reservation = await this.store.reserve(bucketKey, this.bucket, this.options.maxWaitMs);
    if (!reservation.ok) {
      this.stats.refused += 1;
      throw new RateLimitedError(
        method,
        reservation.retryAfterMs,
        'WAIT_TOO_LONG',
        `the portal's request budget is used up for the next ${Math.ceil(reservation.retryAfterMs / 1000)} s`,
      );
    }
    this.stats.slots += 1;
    this.report(bucketKey, reservation);
    if (reservation.waitMs > 0) {
      this.stats.delayed += 1;
      await this.clock.sleep(reservation.waitMs, signal);
    }
  }

  /** Waits while the method's operating budget is used up (call between enter and leave). */
  async methodGate(
    budgetKey: string,
    method: string,
    signal?: AbortSignal,
    background = false,
  ): Promise<void> {
    if (!this.options.enabled) return;
    const waitMs = await this.store.operatingWait(budgetKey, this.operating);
    if (waitMs <= 0) return;
    if (background) throw this.deferred(method, { ok: false, retryAfterMs: waitMs });
    if (waitMs > this.options.maxWaitMs) {
      this.stats.refused += 1;
      throw new RateLimitedError(
        method,
        waitMs,
        'WAIT_TOO_LONG',
        `the portal's run-time budget for ${method} is used up for the next ${Math.ceil(waitMs / 1000)} s`,
      );
    }
    this.observer.pacingWait?.('operating', waitMs);
    await this.clock.sleep(waitMs, signal);
  }

  private deferred(method: string, reservation: { ok: boolean; retryAfterMs?: number; waitMs?: number }) {
    this.stats.deferred += 1;
    const retryAfterMs = reservation.retryAfterMs ?? reservation.waitMs ?? 1000 / this.options.drainPerSecond;
    return new RateLimitedError(
      method,
      Math.max(retryAfterMs, 1000 / this.options.drainPerSecond),
      'BACKGROUND_DEFERRED',
      'background work waits until the portal has room beyond the interactive reserve',
    );
  }

  /** The portal answered 503 QUERY_LIMIT_EXCEEDED or 429: other clients share the bucket. */
  async portalSaysFull(bucketKey: string): Promise<void> {
    this.stats.resyncs += 1;
    await this.store.markFull(bucketKey, this.options.burst, this.bucket);
    this.observer.bucketLevel?.(portalHostOf(bucketKey), this.options.burst);
  }

  /**
   * Tells the observer the wait and the mirrored level. The in-memory store returns the bucket's
   * time (exact level); Redis returns only the wait, which gives the level when it is above the
   * limit and nothing otherwise.
   */
  private report(bucketKey: string, reservation: Extract<Reservation, { ok: true }>): void {
    this.observer.pacingWait?.('slot', reservation.waitMs);
    if (this.observer.bucketLevel === undefined) return;
    const level =
      reservation.tat > 0
        ? bucketLevel(reservation.tat, this.clock.now(), this.bucket)
        : reservation.waitMs > 0
          ? this.bucket.limit + reservation.waitMs / msPerRequest(this.bucket)
          : undefined;
    if (level !== undefined) this.observer.bucketLevel(portalHostOf(bucketKey), level);
  }

  /** The portal answered 429 OPERATION_TIME_LIMIT for this method. */
  async methodExhausted(budgetKey: string): Promise<void> {
    await this.store.block(budgetKey, this.operating);
  }

  async observe(
    budgetKey: string,
    operating: number | undefined,
    resetAt: number | undefined,
  ): Promise<void> {
    if (operating === undefined) return;
    await this.store.record(budgetKey, operating, resetAt);
  }
}
