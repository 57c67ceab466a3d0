import {
  bucketLevel,
  markBucketFull,
  reserveSlot,
} from '../../../src/backends/bitrix24/traffic/bucket-math.js';

const shape = { limit: 48, drainPerSecond: 2 }; // burst 50, margin 2
const now = 1_000_000;

function reserveMany(n: number, at = now, maxWaitMs = Infinity) {
  let tat = 0;
  const waits: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = reserveSlot(tat, at, shape, maxWaitMs);
    if (!r.ok) throw new Error(`refused at ${i}`);
    tat = r.tat;
    waits.push(r.waitMs);
  }
  return { tat, waits };
}

describe('leaky bucket mirror (GCRA)', () => {
  it('lets `limit` requests go at once from an empty bucket, then one per 1/drain seconds', () => {
    const { waits } = reserveMany(52);
    expect(waits.slice(0, 48).every((w) => w === 0)).toBe(true);
    expect(waits.slice(48)).toEqual([500, 1000, 1500, 2000]);
  });

  it('tracks the level: 48 after the burst, drained by 2 per second', () => {
    const { tat } = reserveMany(48);
    expect(bucketLevel(tat, now, shape)).toBe(48);
    expect(bucketLevel(tat, now + 5000, shape)).toBe(38);
    expect(bucketLevel(tat, now + 60_000, shape)).toBe(0);
  });

  it('a drained bucket gives a full burst again', () => {
    const { tat } = reserveMany(48);
    const later = now + 24_000; // 48 / 2 per second
    expect(reserveSlot(tat, later, shape, 0)).toMatchObject({ ok: true, waitMs: 0 });
  });

  it('refuses (and reserves nothing) when the wait would exceed maxWaitMs', () => {
    const { tat } = reserveMany(48);
    const refused = reserveSlot(tat, now, shape, 400);
    expect(refused).toEqual({ ok: false, retryAfterMs: 500 });
    expect(reserveSlot(tat, now, shape, 500)).toMatchObject({ ok: true, waitMs: 500 });
  });

  it('Enterprise shape: 248 at once, then 200 ms apart', () => {
    const enterprise = { limit: 248, drainPerSecond: 5 };
    let tat = 0;
    const waits: number[] = [];
    for (let i = 0; i < 250; i++) {
      const r = reserveSlot(tat, now, enterprise, Infinity);
      if (!r.ok) throw new Error('refused');
      tat = r.tat;
      waits.push(r.waitMs);
    }
    expect(waits.filter((w) => w === 0)).toHaveLength(248);
    expect(waits.slice(248)).toEqual([200, 400]);
  });

  it('"the portal says full" syncs the level to the real burst, so the next call waits for the margin to drain', () => {
    const full = markBucketFull(0, now, 50, shape);
    expect(bucketLevel(full, now, shape)).toBe(50);
    expect(reserveSlot(full, now, shape, Infinity)).toMatchObject({ ok: true, waitMs: 1500 });
    // never lowers a level that is already higher
    const { tat } = reserveMany(48);
    const higher = tat + 10_000;
    expect(markBucketFull(higher, now, 50, shape)).toBe(higher);
  });
});
