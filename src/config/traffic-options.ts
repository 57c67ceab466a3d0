/**
 * The traffic engine's knobs, with the defaults for a standard cloud plan (docs/bitrix24-contract.md §4): a burst
 * of 50 requests draining at 2/s (Enterprise: 250 and 5), 480 s of run time per method and
 * credential over 10 minutes, 50 commands per `batch`.
 */
export interface PacingOptions {
  enabled: boolean;
  /** The portal's threshold X (docs/bitrix24-contract.md §4.1). */
  burst: number;
  /** The portal's drain Y per second (docs/bitrix24-contract.md §4.1). */
  drainPerSecond: number;
  /**
   * Requests kept in reserve below `burst`: the portal counts every client on our source address,
   * not only us, so the mirror aims a little lower.
   */
  safetyMargin: number;
  /** A call that would wait longer than this for a slot fails at once with RATE_LIMITED. */
  maxWaitMs: number;
  /** Calls waiting (for a slot or in a batch window) beyond this are refused: no unbounded memory. */
  maxQueue: number;
  /** The per-method operating budget in seconds (docs/bitrix24-contract.md §4.2); the mirror stops a little below it. */
  operatingLimitSeconds: number;
  /** Seconds kept in reserve below `operatingLimitSeconds`. */
  operatingMarginSeconds: number;
  /** How long a method pauses after a 429 OPERATION_TIME_LIMIT when no reset time is known. */
  operatingPauseMs: number;
}

export interface BatchingOptions {
  enabled: boolean;
  /** Calls for one credential that arrive within this window go out as one `batch`. */
  windowMs: number;
  /** Commands per batch (the portal's maximum is 50). */
  maxCommands: number;
}

export interface RetryOptions {
  /** Attempts for transient failures (5xx, resets, timeouts), the first one included. */
  maxAttempts: number;
  /** Extra attempts after the portal itself said "rate limited" (the pacer re-syncs first). */
  maxRateLimitRetries: number;
  /** No new attempt starts after this much time since the call began. */
  maxElapsedMs: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface TrafficOptions {
  pacing: PacingOptions;
  batching: BatchingOptions;
  retry: RetryOptions;
}

export const DEFAULT_TRAFFIC_OPTIONS: TrafficOptions = {
  pacing: {
    enabled: true,
    burst: 50,
    drainPerSecond: 2,
    safetyMargin: 2,
    maxWaitMs: 5_000,
    maxQueue: 2000,
    operatingLimitSeconds: 480,
    operatingMarginSeconds: 10,
    operatingPauseMs: 60_000,
  },
  batching: { enabled: true, windowMs: 5, maxCommands: 50 },
  retry: { maxAttempts: 4, maxRateLimitRetries: 5, maxElapsedMs: 30_000, baseDelayMs: 200, maxDelayMs: 5000 },
};

export type TrafficOptionsInput = {
  pacing?: Partial<PacingOptions>;
  batching?: Partial<BatchingOptions>;
  retry?: Partial<RetryOptions>;
};

export function resolveTrafficOptions(input: TrafficOptionsInput = {}): TrafficOptions {
  const options: TrafficOptions = {
    pacing: { ...DEFAULT_TRAFFIC_OPTIONS.pacing, ...input.pacing },
    batching: { ...DEFAULT_TRAFFIC_OPTIONS.batching, ...input.batching },
    retry: { ...DEFAULT_TRAFFIC_OPTIONS.retry, ...input.retry },
  };
  const { pacing, batching } = options;
  if (pacing.drainPerSecond <= 0) throw new RangeError('pacing.drainPerSecond must be positive');
  if (pacing.burst - pacing.safetyMargin < 1)
    throw new RangeError('pacing.burst - safetyMargin must be >= 1');
  if (batching.maxCommands < 1 || batching.maxCommands > 50) {
    throw new RangeError('batching.maxCommands must be between 1 and 50');
  }
  return options;
}
