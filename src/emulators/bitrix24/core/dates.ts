/**
 * Portal-style dates: ISO 8601 with a numeric offset (`2025-08-05T09:08:31+02:00`, PHP's DATE_ATOM).
 * Two flavours, kept apart on purpose: dates stored on entities (messages, chats, polls, events) are
 * written in UTC (`toAtom`), so a seed or a test can compare them as text; "now" stamps of the
 * response itself (the `time` block, user.current's LAST_LOGIN) carry the emulator's local offset
 * (`isoWithOffset`), as a portal server prints its own clock.
 */

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

/** DATE_ATOM in UTC (`2025-08-05T07:08:31+00:00`): every date the emulator stores on an entity. */
export function toAtom(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`;
}

/** Unix seconds as a float with microsecond precision, like the portal's `time.start`. */
export function unixSeconds(ms: number): number {
  return Math.round(ms * 1000) / 1e6;
}
