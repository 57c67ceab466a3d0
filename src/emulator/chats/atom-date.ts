/**
 * Dates the way the portal prints them: PHP's DATE_ATOM (`2025-08-05T09:08:31+02:00`). The
 * emulator keeps every date in UTC, so the offset is always `+00:00`.
 */
export function toAtom(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

/** Milliseconds since the epoch for an ATOM/ISO string; NaN when it is not a date. */
export function atomTime(value: string): number {
  return Date.parse(value);
}
