/**
 * The dialog id shapes the facade accepts, checked before any portal call (docs/bitrix24-contract.md §9.2):
 * "chatN" (a chat), "sgN" (the chat of workgroup N), or a positive user id (a one-to-one dialog).
 */
import { badUserInput } from '../graphql-errors/index.js';

const DIALOG_ID = /^(?:chat[1-9]\d{0,9}|sg[1-9]\d{0,9}|[1-9]\d{0,9})$/;

export const INVALID_DIALOG_ID = 'INVALID_DIALOG_ID';

/** The canonical (lower-case, trimmed) dialog id, or a BAD_USER_INPUT error naming the argument. */
export function parseDialogId(value: string, argument = 'dialogId'): string {
  const dialogId = value.trim().toLowerCase();
  if (!DIALOG_ID.test(dialogId)) {
    throw badUserInput(`${argument} must be "chat<N>", "sg<N>" or a positive user id.`, INVALID_DIALOG_ID, {
      argument,
    });
  }
  return dialogId;
}
