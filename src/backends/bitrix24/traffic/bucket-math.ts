/**
 * The client-side mirror of the portal's leaky bucket (docs/bitrix24-contract.md §4.1), as a "theoretical arrival
 * time" (GCRA): one number per portal, the moment the mirrored counter would be empty again.
 * Counter level at `now` = max(0, tat - now) × drain. A request may go when, after adding 1, the
 * level is at most `limit` (burst minus the safety margin). Reservations are made in arrival
 * order, so the wait each caller gets is also its place in the queue.
 *
 * Pure functions over plain numbers: the in-memory store calls them directly, and the Redis Lua
 * script (redis-rate-store.ts) does the same arithmetic.
 */
export interface BucketShape {
  /** burst minus safety margin: the highest level we let the counter reach */
  limit: number;
  drainPerSecond: number;
}

export type Reservation = { ok: true; waitMs: number; tat: number } | { ok: false; retryAfterMs: number };

/** Milliseconds one request adds to the counter. */
export const msPerRequest = (shape: BucketShape): number => 1000 / shape.drainPerSecond;

/** The mirrored counter level at `now`. */
export function bucketLevel(tat: number, now: number, shape: BucketShape): number {
  return Math.max(0, tat - now) / msPerRequest(shape);
}

/**
 * Reserves the next slot. `waitMs` is how long the caller must wait before sending; a wait above
 * `maxWaitMs` is refused and reserves nothing, with `retryAfterMs` saying when a slot frees up.
 */
export function reserveSlot(tat: number, now: number, shape: BucketShape, maxWaitMs: number): Reservation {
  const step = msPerRequest(shape);
  const next = Math.max(tat, now) + step;
  const waitMs = Math.max(0, next - now - shape.limit * step);
  if (waitMs > maxWaitMs) return { ok: false, retryAfterMs: waitMs };
  return { ok: true, waitMs, tat: next };
}

/**
 * The portal said its bucket is full (503 QUERY_LIMIT_EXCEEDED or a 429): other clients share it.
 * Sync the mirror to "level = burst", so the next request waits until the real counter has
 * drained below our limit.
 */
export function markBucketFull(tat: number, now: number, burst: number, shape: BucketShape): number {
  return Math.max(tat, now + burst * msPerRequest(shape));
}
