/**
 * The dialog id, one rule for every feature (it used to be four regexes). A dialog is addressed
 * as "chatN" (a chat), "sgN" (the chat of workgroup N) or "N" (the one-to-one dialog with user N),
 * N a positive integer without leading zeros (docs/bitrix24-contract.md §9.2). Features narrow
 * it: polls go to group chats only ("chatN"), bots speak in chats and user dialogs.
 */
export type DialogKind = 'chat' | 'workgroup' | 'user';

export interface DialogIdParts {
  readonly kind: DialogKind;
  /** N, as written (no leading zero). */
  readonly digits: string;
}

const SHAPE = /^(chat|sg|)([1-9]\d*)$/;
/** Ten digits at most: every id the portal hands out fits, and Number() stays exact. */
const MAX_DIGITS = 10;

/** The kind and number of `value` (exactly as given: trim and lower-case first where tolerated). */
export function dialogIdParts(value: string): DialogIdParts | null {
  const match = SHAPE.exec(value);
  if (match === null) return null;
  const [, prefix, digits] = match;
  const kind: DialogKind = prefix === 'chat' ? 'chat' : prefix === 'sg' ? 'workgroup' : 'user';
  return { kind, digits: digits as string };
}

/** Any dialog the facade reads: chatN, sgN or a user id, N of at most ten digits. */
export function isDialogId(value: string): boolean {
  const parts = dialogIdParts(value);
  return parts !== null && parts.digits.length <= MAX_DIGITS;
}

/** A dialog a bot can write to: a chat or a user dialog (workgroup dialogs are not bot targets). */
export function isBotDialogId(value: string): boolean {
  const kind = dialogIdParts(value)?.kind;
  return kind === 'chat' || kind === 'user';
}

/** The chat id of a group chat's dialog id ("chatN"), or null for any other shape. */
export function groupChatIdOf(value: string): number | null {
  const parts = dialogIdParts(value);
  return parts?.kind === 'chat' ? Number(parts.digits) : null;
}
