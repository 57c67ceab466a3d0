/** A manual clock for the traffic engine's unit tests: time moves only when the test says so. */
import type { Clock } from '../../../src/backends/bitrix24/traffic/clock.js';

interface Timer {
  at: number;
  resolve: () => void;
}

/** Lets every pending promise callback run. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class FakeClock implements Clock {
  time = 1_700_000_000_000;
  private timers: Timer[] = [];
  /** every sleep requested, in order (ms) */
  readonly sleeps: number[] = [];

  now(): number {
    return this.time;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    this.sleeps.push(ms);
    if (signal?.aborted) return Promise.reject(new Error('aborted'));
    if (ms <= 0) return Promise.resolve();
    return new Promise((resolve) => this.timers.push({ at: this.time + ms, resolve }));
  }

  get pending(): number {
    return this.timers.length;
  }

  /** Moves time forward, firing due timers in order and letting their continuations run. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.time = next.at;
      next.resolve();
      await settle();
    }
    this.time = end;
    await settle();
  }
}
