/**
 * The pacer's background class (the live-results watcher): it takes a slot only at once and only
 * while more than `reserve` slots of the burst are free, so interactive calls keep the reserve
 * and the portal's bucket never overflows. Fake clock, counters only.
 */
import { Pacer } from '../../../src/backends/bitrix24/traffic/pacer.js';
import { MemoryRateStore } from '../../../src/backends/bitrix24/traffic/rate-store.js';
import { RateLimitedError } from '../../../src/backends/bitrix24/traffic/traffic-errors.js';
import { DEFAULT_TRAFFIC_OPTIONS } from '../../../src/config/traffic-options.js';
import { FakeClock } from './fake-clock.js';

const RESERVE = { reserve: 20 };

function setUp() {
  const clock = new FakeClock();
  const options = DEFAULT_TRAFFIC_OPTIONS.pacing;
  const pacer = new Pacer(options, new MemoryRateStore(clock), clock);
  const limit = options.burst - options.safetyMargin;
  return { clock, pacer, limit };
}

async function backgroundSlots(pacer: Pacer, tries: number): Promise<number> {
  let granted = 0;
  for (let i = 0; i < tries; i++) {
    try {
      await pacer.slot('portal', 'batch', undefined, RESERVE);
      granted += 1;
    } catch (error) {
      expect(error).toBeInstanceOf(RateLimitedError);
      expect((error as RateLimitedError).reason).toBe('BACKGROUND_DEFERRED');
    }
  }
  return granted;
}

test('background work stops where the reserve begins and never waits', async () => {
  const { clock, pacer, limit } = setUp();
  expect(await backgroundSlots(pacer, 100)).toBe(limit - RESERVE.reserve);
  expect(pacer.stats).toMatchObject({
    background: limit - RESERVE.reserve,
    deferred: 100 - (limit - RESERVE.reserve),
  });
  expect(clock.sleeps).toEqual([]); // a background call never sleeps in the pacer
});

test('after the watcher has taken all it may, the reserve still goes to interactive calls without a wait', async () => {
  const { clock, pacer } = setUp();
  await backgroundSlots(pacer, 100);
  for (let i = 0; i < RESERVE.reserve; i++) await pacer.slot('portal', 'vote.AttachedVote.vote');
  expect(pacer.stats.delayed).toBe(0);
  expect(clock.sleeps.filter((ms) => ms > 0)).toEqual([]);
});

test('interactive load above the reserve line defers background work; it resumes as the bucket drains', async () => {
  const { clock, pacer, limit } = setUp();
  // Interactive calls fill the bucket past the line.
  for (let i = 0; i < limit - RESERVE.reserve + 1; i++) await pacer.slot('portal', 'im.dialog.get');
  expect(await backgroundSlots(pacer, 3)).toBe(0);
  await clock.advance(1000); // two slots drain per second
  expect(await backgroundSlots(pacer, 3)).toBe(1);
});

test('a method whose run-time budget needs a pause defers background work instead of waiting', async () => {
  const { pacer } = setUp();
  await pacer.methodExhausted('key');
  await expect(pacer.methodGate('key', 'batch', undefined, true)).rejects.toMatchObject({
    reason: 'BACKGROUND_DEFERRED',
  });
});
