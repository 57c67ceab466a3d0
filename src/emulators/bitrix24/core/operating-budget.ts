/**
 * The per-method run-time budget (docs/bitrix24-contract.md §4.2): for each (method, credential) the handler run
 * time is summed in one-minute buckets; each bucket lives 10 minutes from its first call. When
 * the live sum is already above the limit, the next call of that method with that credential is
 * refused (429 OPERATION_TIME_LIMIT); the call that pushes it over is allowed to finish.
 */
export interface OperatingConfig {
  limitSeconds: number;
  /** extra simulated seconds added per call, so tests and benchmarks can reach the limit */
  costPerCallMs: number;
  bucketMs: number;
  bucketLifetimeMs: number;
}

export const DEFAULT_OPERATING: OperatingConfig = {
  limitSeconds: 480,
  costPerCallMs: 0,
  bucketMs: 60_000,
  bucketLifetimeMs: 600_000,
};

interface Bucket {
  minute: number; // floor(startMs / bucketMs)
  firstAt: number; // ms of the first call recorded in it
  seconds: number;
}

export interface OperatingSnapshot {
  operating: number; // seconds in the live buckets
  resetAt: number; // unix seconds when the oldest live bucket expires (now when there is none)
}

export class OperatingBudget {
  private readonly buckets = new Map<string, Bucket[]>();

  constructor(public config: OperatingConfig) {}

  private live(key: string, nowMs: number): Bucket[] {
    const list = (this.buckets.get(key) ?? []).filter(
      (b) => b.firstAt + this.config.bucketLifetimeMs > nowMs,
    );
    if (list.length > 0) this.buckets.set(key, list);
    else this.buckets.delete(key);
    return list;
  }

  snapshot(key: string, nowMs: number): OperatingSnapshot {
    const list = this.live(key, nowMs);
    const operating = list.reduce((sum, b) => sum + b.seconds, 0);
    const oldest = list[0];
    const resetAtMs = oldest ? oldest.firstAt + this.config.bucketLifetimeMs : nowMs;
    return { operating: Math.round(operating * 1e6) / 1e6, resetAt: Math.ceil(resetAtMs / 1000) };
  }

  /** true when the sum is already above the limit, i.e. this call must be refused. */
  exhausted(key: string, nowMs: number): boolean {
    return this.snapshot(key, nowMs).operating > this.config.limitSeconds;
  }

  /** Records a finished call that ran `runMs` (plus the configured simulated cost). */
  record(key: string, startMs: number, runMs: number): void {
    const list = this.live(key, startMs);
    const minute = Math.floor(startMs / this.config.bucketMs);
    let bucket = list[list.length - 1];
    if (!bucket || bucket.minute !== minute) {
      bucket = { minute, firstAt: startMs, seconds: 0 };
      list.push(bucket);
      this.buckets.set(key, list);
    }
    bucket.seconds += (runMs + this.config.costPerCallMs) / 1000;
  }

  clear(): void {
    this.buckets.clear();
  }
}
