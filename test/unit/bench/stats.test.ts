/** The benches' pure figures: percentiles, medians, ratios, the drain's latency floor, schedules, windows. */
import { drainFloorMs, dueSends, median, percentile, perWindow, ratio } from '../../../bench/stats.js';

describe('bench stats', () => {
  it('percentile is the nearest rank of an ascending list', () => {
    const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(hundred, 50), percentile(hundred, 99), percentile(hundred, 100)]).toEqual([
      50, 99, 100,
    ]);
    expect([percentile([7], 99), percentile([], 50)]).toEqual([7, 0]);
  });

  it('median of an odd and an even count, unsorted input', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2]), median([])]).toEqual([2, 2.5, 0]);
  });

  it('ratio prints two decimals and nothing for a missing or zero base', () => {
    expect([ratio(3, 2), ratio(1, 3), ratio(1, 0), ratio(1, undefined)]).toEqual(['1.50x', '0.33x', '', '']);
  });

  it('drain floor: a call waits for the next request slot once requests leave at the drain rate', () => {
    // 2 requests/s: a slot every 500 ms, a random arrival waits uniform [0, 500) ms.
    expect([drainFloorMs(50, 2, 2), drainFloorMs(99, 2, 1.9)]).toEqual([250, 495]);
    expect(drainFloorMs(99, 2, 1.5)).toBe(0); // well below the drain the bucket empties: no wait
  });

  it('open-loop schedule: sends due by a time at a rate, the first at once', () => {
    expect([
      dueSends(-1, 100),
      dueSends(0, 100),
      dueSends(9.9, 100),
      dueSends(10, 100),
      dueSends(1000, 50),
    ]).toEqual([0, 1, 1, 2, 51]);
  });

  it('groups latencies by the window their send was due in', () => {
    const samples = [
      { dueMs: -5, latencyMs: 999 }, // warm-up: not counted
      { dueMs: 0, latencyMs: 10 },
      { dueMs: 999, latencyMs: 30 },
      { dueMs: 1000, latencyMs: 5 },
    ];
    expect(perWindow(samples, 1000)).toEqual([
      { window: 0, p50: 10, p99: 30, count: 2 },
      { window: 1, p50: 5, p99: 5, count: 1 },
    ]);
  });
});
