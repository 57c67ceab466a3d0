/**
 * The dialog id shapes the facade accepts, checked before any portal call (docs/bitrix24-contract.md §9.2):
 * "chatN" (a chat), "sgN" (the chat of workgroup N), or a positive user id (a one-to-one dialog).
 */
import { badUserInput } from '../graphql-errors/index.js';
import { isDialogId } from '../validation/dialog-id.js';

export const INVALID_DIALOG_ID = 'INVALID_DIALOG_ID';

/** The canonical (lower-case, trimmed) dialog id, or a BAD_USER_INPUT error naming the argument. */
export function parseDialogId(value: string, argument = 'dialogId'): string {
  const dialogId = value.trim().toLowerCase();
  if (!isDialogId(dialogId)) {
    throw badUserInput(`${argument} must be "chat<N>", "sg<N>" or a positive user id.`, INVALID_DIALOG_ID, {
      argument,
    });
  }
  return dialogId;
}
