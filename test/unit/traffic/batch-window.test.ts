import { BatchWindow, type BatchGroup } from '../../../src/backends/bitrix24/traffic/batch-window.js';
import { FakeClock, settle } from './fake-clock.js';

function setup(windowMs = 5, maxItems = 50) {
  const clock = new FakeClock();
  const flushed: Array<BatchGroup<number>> = [];
  const window = new BatchWindow<number>({ windowMs, maxItems }, clock, (group) => {
    window.close(group);
    flushed.push(group);
  });
  return { clock, flushed, window };
}

describe('batch window', () => {
  it('groups calls per key that arrive within the window', async () => {
    const { clock, flushed, window } = setup();
    window.add('alice', 1);
    window.add('bob', 2);
    await clock.advance(3);
    window.add('alice', 3);
    expect(flushed).toHaveLength(0);
    await clock.advance(2);
    expect(flushed.map((g) => [g.key, g.items])).toEqual([
      ['alice', [1, 3]],
      ['bob', [2]],
    ]);
    window.add('alice', 4); // a new window
    await clock.advance(5);
    expect(flushed.map((g) => g.items)).toEqual([[1, 3], [2], [4]]);
  });

  it('a full group goes at once, without waiting for the window; 120 calls → 50, 50, 20', async () => {
    const { clock, flushed, window } = setup(5, 50);
    for (let i = 0; i < 120; i++) window.add('k', i);
    await settle();
    expect(flushed.map((g) => g.items.length)).toEqual([50, 50]);
    await clock.advance(5);
    expect(flushed.map((g) => g.items.length)).toEqual([50, 50, 20]);
    expect(flushed.flatMap((g) => g.items)).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it('keeps a group open for newcomers until the flusher closes it', async () => {
    const clock = new FakeClock();
    const seen: BatchGroup<number>[] = [];
    const window = new BatchWindow<number>({ windowMs: 5, maxItems: 50 }, clock, (group) => seen.push(group));
    window.add('k', 1);
    await clock.advance(5);
    expect(seen).toHaveLength(1);
    window.add('k', 2); // the flusher is still waiting for a rate-limit slot
    expect(seen[0]!.items).toEqual([1, 2]);
    window.close(seen[0]!);
    window.add('k', 3);
    expect(seen[0]!.items).toEqual([1, 2]);
    expect(window.openGroups).toBe(1);
  });
});
