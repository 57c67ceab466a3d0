/** Pure figures of the benches: percentiles, medians, ratios, the drain's latency floor, windows. */

/** The p-th percentile (nearest rank) of an ascending list; 0 for an empty one. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

/** The middle value; the mean of the two middle values of an even count; 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** `a / b` as "1.23x"; '' when the base is missing or zero. */
export function ratio(a: number, b: number | undefined): string {
  if (b === undefined || b === 0 || !Number.isFinite(a / b)) return '';
  return `${(a / b).toFixed(2)}x`;
}

/**
 * The latency the portal's drain alone imposes on a call once the burst allowance is spent: requests
 * leave one per `1 / drainPerSecond` seconds and a call arriving at a random moment waits for the
 * next one, so its wait is uniform on [0, 1000 / drain) ms. When requests leave clearly slower
 * than the drain (under 90% of it) the bucket is not full and nothing need wait.
 */
export function drainFloorMs(p: number, drainPerSecond: number, requestsPerSecond: number): number {
  if (requestsPerSecond < 0.9 * drainPerSecond) return 0;
  return (p / 100) * (1000 / drainPerSecond);
}

/** Open-loop schedule: how many sends are due `elapsedMs` after the start at `ratePerSecond`. */
export function dueSends(elapsedMs: number, ratePerSecond: number): number {
  if (elapsedMs < 0) return 0;
  return Math.floor((elapsedMs * ratePerSecond) / 1000) + 1;
}

export interface Sample {
  /** when the send was due, ms since the measured window began */
  dueMs: number;
  latencyMs: number;
}

/** Samples grouped by the window their send was due in: [p50, p99, count] per window. */
export function perWindow(
  samples: readonly Sample[],
  windowMs: number,
): Array<{ window: number; p50: number; p99: number; count: number }> {
  const groups = new Map<number, number[]>();
  for (const s of samples) {
    if (s.dueMs < 0) continue;
    const w = Math.floor(s.dueMs / windowMs);
    const list = groups.get(w) ?? [];
    list.push(s.latencyMs);
    groups.set(w, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([window, list]) => {
      list.sort((a, b) => a - b);
      return { window, p50: percentile(list, 50), p99: percentile(list, 99), count: list.length };
    });
}
