import {
  EMPTY_OPERATING,
  blockOperating,
  operatingWaitMs,
  recordOperating,
} from '../../../src/backends/bitrix24/traffic/operating-mirror.js';

const shape = { limitSeconds: 480, marginSeconds: 10, pauseMs: 60_000 };
const now = 1_700_000_000_000;
const resetAt = now / 1000 + 120; // unix seconds, 2 minutes ahead

describe('operating budget mirror', () => {
  it('lets calls go while the reported sum is below the limit minus the margin', () => {
    const state = recordOperating(EMPTY_OPERATING, 469.9, resetAt);
    expect(operatingWaitMs(state, now, shape)).toBe(0);
  });

  it('near the limit, waits until operating_reset_at', () => {
    const state = recordOperating(EMPTY_OPERATING, 470, resetAt);
    expect(state.resetAtMs).toBe(resetAt * 1000);
    expect(operatingWaitMs(state, now, shape)).toBe(120_000);
    expect(operatingWaitMs(state, now + 120_000, shape)).toBe(0);
  });

  it('takes the latest time block as the truth, and keeps the reset time when a block lacks it', () => {
    const high = recordOperating(EMPTY_OPERATING, 479, resetAt);
    const low = recordOperating(high, 12, undefined);
    expect(low).toEqual({ operating: 12, resetAtMs: resetAt * 1000, blockedUntilMs: 0 });
    expect(recordOperating(low, undefined, resetAt + 5)).toBe(low);
  });

  it('a 429 pauses the method until the known reset', () => {
    const state = blockOperating(recordOperating(EMPTY_OPERATING, 481, resetAt), now, shape);
    expect(operatingWaitMs(state, now, shape)).toBe(120_000);
  });

  it('a 429 with no reset time in the future pauses for pauseMs', () => {
    const state = blockOperating(EMPTY_OPERATING, now, shape);
    expect(state.blockedUntilMs).toBe(now + 60_000);
    expect(operatingWaitMs(state, now + 30_000, shape)).toBe(30_000);
    expect(operatingWaitMs(state, now + 60_000, shape)).toBe(0);
  });
});
