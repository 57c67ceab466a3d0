/**
 * Cursors of `Chat.polls`: the message id the next page reads back from (only older messages),
 * as base64url of `cp:<id>` so clients treat it as opaque and a cursor of another connection is
 * recognised as foreign.
 */
const PREFIX = 'cp:';

export function encodeChatPollsCursor(before: number): string {
  return Buffer.from(`${PREFIX}${before}`, 'utf8').toString('base64url');
}

/** The message id, or null when `value` is not a cursor of Chat.polls. */
export function decodeChatPollsCursor(value: string): number | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) return null;
  const decoded = Buffer.from(value, 'base64url').toString('utf8');
  const match = /^cp:([1-9][0-9]{0,15})$/.exec(decoded);
  if (match === null) return null;
  const id = Number(match[1]);
  return Number.isSafeInteger(id) ? id : null;
}
