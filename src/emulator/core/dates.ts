/** Portal-style dates: ISO 8601 with a numeric offset (`2025-08-05T09:08:31+02:00`). */

function pad(n: number): string {
  return String(Math.trunc(Math.abs(n))).padStart(2, '0');
}

/** Formats `date` in the emulator's local time zone with its offset, without milliseconds. */
export function isoWithOffset(date: Date): string {
  const offsetMin = -date.getTimezoneOffset();
  const sign = offsetMin >= 0 ? '+' : '-';
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return `${day}T${time}${sign}${pad(offsetMin / 60)}:${pad(offsetMin % 60)}`;
}

/** Unix seconds as a float with microsecond precision, like the portal's `time.start`. */
export function unixSeconds(ms: number): number {
  return Math.round(ms * 1000) / 1e6;
}
