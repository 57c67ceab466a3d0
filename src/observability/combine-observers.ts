/**
 * One TrafficObserver that forwards every hook to several (metrics, the portal-call log, tracing).
 * A watcher that throws is ignored: observing must never fail a portal call.
 */
import type { TrafficObserver } from '../backends/bitrix24/traffic/traffic-observer.js';

type Hook = keyof TrafficObserver;
const HOOKS: readonly Hook[] = [
  'portalRequest',
  'retry',
  'outcomeUnknown',
  'refused',
  'pacingWait',
  'batchSent',
  'callTravelled',
  'bucketLevel',
  'tokenRefresh',
];

export function combineObservers(...observers: Array<TrafficObserver | undefined>): TrafficObserver {
  const present = observers.filter((observer): observer is TrafficObserver => observer !== undefined);
  const combined: Record<string, (...args: unknown[]) => void> = {};
  for (const hook of HOOKS) {
    const targets = present.filter((observer) => typeof observer[hook] === 'function');
    if (targets.length === 0) continue;
    combined[hook] = (...args: unknown[]) => {
      for (const target of targets) {
        try {
          (target[hook] as (...a: unknown[]) => void).apply(target, args);
        } catch {
          // see the header comment
        }
      }
    };
  }
  return combined as TrafficObserver;
}
