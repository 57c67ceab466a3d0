import { DEFAULT_OPERATING, OperatingBudget } from '../../../src/emulators/bitrix24/core/operating-budget.js';

const MIN = 60_000;

describe('operating budget buckets', () => {
  it('sums run time over live one-minute buckets and refuses only once the sum is above the limit', () => {
    const b = new OperatingBudget({ ...DEFAULT_OPERATING, limitSeconds: 10 });
    b.record('k', 0, 6_000);
    expect(b.exhausted('k', 1_000)).toBe(false);
    b.record('k', 2 * MIN, 5_000); // pushes the sum to 11 s: allowed to finish
    expect(b.snapshot('k', 2 * MIN).operating).toBe(11);
    expect(b.exhausted('k', 2 * MIN)).toBe(true);
    expect(b.exhausted('other', 2 * MIN)).toBe(false);
  });

  it('drops a bucket 10 minutes after its first call; reset_at is the oldest bucket expiry', () => {
    const b = new OperatingBudget({ ...DEFAULT_OPERATING, limitSeconds: 10 });
    b.record('k', 5_000, 8_000);
    b.record('k', 30_000, 4_000); // same minute, same bucket
    b.record('k', 3 * MIN, 1_000);
    expect(b.snapshot('k', 3 * MIN)).toEqual({ operating: 13, resetAt: (5_000 + 10 * MIN) / 1000 });
    expect(b.snapshot('k', 5_000 + 10 * MIN)).toEqual({ operating: 1, resetAt: (3 * MIN + 10 * MIN) / 1000 });
    expect(b.exhausted('k', 5_000 + 10 * MIN)).toBe(false);
  });

  it('adds the simulated cost per call', () => {
    const b = new OperatingBudget({ ...DEFAULT_OPERATING, costPerCallMs: 2_500 });
    b.record('k', 0, 0);
    b.record('k', 1, 0);
    expect(b.snapshot('k', 2).operating).toBe(5);
  });
});
