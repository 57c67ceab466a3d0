/**
 * An open-loop load: sends start on a fixed schedule (`rate` per second) whether or not earlier
 * ones have answered, as independent users would, so a slow server cannot slow the load down and
 * hide its own latency. Latency is measured from when a send was due, not from when it went out.
 */
import { dueSends } from './stats.js';

export interface Outcome {
  /** when the send was due (performance.now()) */
  dueAt: number;
  doneAt: number;
  kind: 'ok' | 'rate-limited' | 'other';
}

export async function openLoop(
  ratePerSecond: number,
  durationMs: number,
  send: (index: number) => Promise<Outcome['kind']>,
): Promise<{ startedAt: number; outcomes: Outcome[] }> {
  const startedAt = performance.now();
  const pending: Array<Promise<Outcome>> = [];
  const fire = (index: number) => {
    const dueAt = startedAt + (index * 1000) / ratePerSecond;
    pending.push(send(index).then((kind) => ({ dueAt, doneAt: performance.now(), kind })));
  };
  while (performance.now() - startedAt < durationMs) {
    const due = Math.min(
      dueSends(performance.now() - startedAt, ratePerSecond),
      Math.ceil((durationMs * ratePerSecond) / 1000),
    );
    while (pending.length < due) fire(pending.length);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  return { startedAt, outcomes: await Promise.all(pending) };
}
