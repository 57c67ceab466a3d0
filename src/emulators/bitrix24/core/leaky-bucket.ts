/**
 * The portal's request-rate limit (docs/bitrix24-contract.md §4.1): each HTTP request adds 1 to a counter per
 * source IP, the counter drains `drainPerSecond` per second, and a request that finds the counter
 * above `burst` is refused with 503 QUERY_LIMIT_EXCEEDED. Time is passed in, so the arithmetic is
 * testable without clocks.
 */
export interface LeakyBucketConfig {
  burst: number;
  drainPerSecond: number;
}

interface Level {
  value: number;
  at: number; // ms
}

export class LeakyBuckets {
  private readonly levels = new Map<string, Level>();

  constructor(public config: LeakyBucketConfig) {}

  /** The counter for `key` at `nowMs`, after draining. */
  level(key: string, nowMs: number): number {
    const l = this.levels.get(key);
    if (!l) return 0;
    const drained = ((nowMs - l.at) / 1000) * this.config.drainPerSecond;
    return Math.max(0, l.value - drained);
  }

  /**
   * Counts one request, or returns false when the counter is already *above* `burst` ("when the
   * counter is above X, the next request is rejected"). So at one instant a fresh bucket with
   * burst 50 accepts 51 requests (the 51st lifts it to 51) and refuses the 52nd; a real burst
   * drains a little meanwhile, so tests assert on the 53rd. Refused requests are not counted,
   * so a client that backs off recovers at the drain rate.
   */
  take(key: string, nowMs: number): boolean {
    const current = this.level(key, nowMs);
    if (current > this.config.burst) {
      this.levels.set(key, { value: current, at: nowMs });
      return false;
    }
    this.levels.set(key, { value: current + 1, at: nowMs });
    return true;
  }

  clear(): void {
    this.levels.clear();
  }
}
