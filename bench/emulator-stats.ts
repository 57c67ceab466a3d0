/**
 * Portal-side counts, read over the emulator's control API as an outside observer would:
 * `GET /_emulator/stats` (HTTP requests received) and `GET /_emulator/calls` (executed calls).
 */
import type { CallLogEntry } from '../src/emulators/bitrix24/index.js';

export interface PortalCounts {
  /** HTTP requests received on /rest/ and /oauth/ */
  httpRequests: number;
  /**
   * Requests refused before anything ran: with no fault injected, these are the 503
   * QUERY_LIMIT_EXCEEDED answers of the leaky bucket (every other request logs exactly one
   * non-batched call: the method itself, or the `batch` envelope).
   */
  queryLimitExceeded: number;
  /** method calls executed, batch commands included (the `batch` envelope itself excluded) */
  methodCalls: number;
}

/** Every call the emulator executed so far (with its time, `at`), batch commands included. */
export async function callLog(emulatorUrl: string): Promise<CallLogEntry[]> {
  return (await (await fetch(`${emulatorUrl}/_emulator/calls`)).json()) as CallLogEntry[];
}

/**
 * Exact only while no request is in flight: a request is counted on arrival and logged once it
 * has run, so one caught in between looks like a refusal.
 */
export async function portalCounts(emulatorUrl: string): Promise<PortalCounts> {
  const stats = (await (await fetch(`${emulatorUrl}/_emulator/stats`)).json()) as { httpRequests: number };
  const calls = await callLog(emulatorUrl);
  const topLevel = calls.filter((c) => !c.batched).length;
  return {
    httpRequests: stats.httpRequests,
    queryLimitExceeded: stats.httpRequests - topLevel,
    methodCalls: calls.filter((c) => c.method !== 'batch').length,
  };
}

/** Counts since `before` (the call log is never cleared during a bench, only read). */
export function since(after: PortalCounts, before: PortalCounts): PortalCounts {
  return {
    httpRequests: after.httpRequests - before.httpRequests,
    queryLimitExceeded: after.queryLimitExceeded - before.queryLimitExceeded,
    methodCalls: after.methodCalls - before.methodCalls,
  };
}

export async function setEmulatorLimits(emulatorUrl: string, enabled: boolean): Promise<void> {
  const res = await fetch(`${emulatorUrl}/_emulator/limits`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ enabled }),
  });
  if (!res.ok) throw new Error(`POST /_emulator/limits answered ${res.status}`);
}
