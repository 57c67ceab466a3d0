import { LeakyBuckets } from '../../../src/emulators/bitrix24/core/leaky-bucket.js';

describe('leaky bucket arithmetic', () => {
  it('accepts burst+1 requests at one instant and refuses the next ("above X")', () => {
    const b = new LeakyBuckets({ burst: 50, drainPerSecond: 2 });
    const accepted = Array.from({ length: 60 }, () => b.take('ip', 1_000)).filter(Boolean).length;
    expect(accepted).toBe(51);
  });

  it('drains at the configured rate and does not count refused requests', () => {
    const b = new LeakyBuckets({ burst: 3, drainPerSecond: 2 });
    for (let i = 0; i < 4; i++) expect(b.take('ip', 0)).toBe(true);
    expect(b.take('ip', 0)).toBe(false);
    expect(b.level('ip', 0)).toBe(4);
    expect(b.level('ip', 500)).toBe(3); // 0.5 s drains 1
    expect(b.take('ip', 500)).toBe(true); // 3 is not above 3
    expect(b.take('ip', 500)).toBe(false);
    expect(b.level('ip', 10_000)).toBe(0);
  });

  it('keeps one counter per key', () => {
    const b = new LeakyBuckets({ burst: 0, drainPerSecond: 1 });
    expect(b.take('a', 0)).toBe(true);
    expect(b.take('a', 0)).toBe(false);
    expect(b.take('b', 0)).toBe(true);
  });
});
