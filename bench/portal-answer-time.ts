/**
 * How long the portal took to answer the facade's batch requests, read from each facade's own
 * `/metrics` (`b24facade_portal_request_duration_seconds{method="batch"}`: sum and count) at the
 * start and end of the measured window. The engine sends at most 2 requests/s; when the portal
 * (here the emulator, on a shared and loaded machine) needs about 500 ms or more per batch, it is
 * the portal that sets the pace, not the engine, and this column says so where CPU % cannot (a
 * process starved of CPU shows a low CPU % while it is the bottleneck).
 */
const METRIC = 'b24facade_portal_request_duration_seconds';

export interface DurationTotals {
  sumSeconds: number;
  count: number;
}

/** The sum and count of the metric's `method="batch"` series in a Prometheus text exposition. */
export function batchDurationTotals(exposition: string): DurationTotals {
  const totals: DurationTotals = { sumSeconds: 0, count: 0 };
  for (const line of exposition.split('\n')) {
    const match = /^(\w+)\{([^}]*)\} (\S+)$/.exec(line);
    if (!match || !/(^|,)method="batch"(,|$)/.test(match[2]!)) continue;
    const value = Number(match[3]);
    if (match[1] === `${METRIC}_sum`) totals.sumSeconds += value;
    else if (match[1] === `${METRIC}_count`) totals.count += value;
  }
  return totals;
}

/** Mean ms per batch request between two readings (summed over facades); '' without requests. */
export function meanAnswerMs(before: readonly DurationTotals[], after: readonly DurationTotals[]): string {
  let seconds = 0;
  let count = 0;
  after.forEach((a, i) => {
    seconds += a.sumSeconds - (before[i]?.sumSeconds ?? 0);
    count += a.count - (before[i]?.count ?? 0);
  });
  return count > 0 ? ((seconds * 1000) / count).toFixed(0) : '';
}

export async function readBatchDurations(metricsUrl: string, token: string): Promise<DurationTotals> {
  const res = await fetch(metricsUrl, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`GET ${metricsUrl} answered ${res.status}`);
  return batchDurationTotals(await res.text());
}
