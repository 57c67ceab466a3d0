/**
 * The dialog id shapes the facade accepts, checked before any portal call (docs/bitrix24-contract.md §9.2):
 * "chatN" (a chat), "sgN" (the chat of workgroup N), or a positive user id (a one-to-one dialog), and
 * the Telegram chats `tg:chat:N`, `tg:channel:N`, `tg:user:N` (read by the Telegram chat backend).
 */
import { badUserInput } from '../graphql-errors/index.js';
import { isDialogId } from '../validation/dialog-id.js';
import { isTelegramDialogId } from '../validation/telegram-dialog-id.js';

export const INVALID_DIALOG_ID = 'INVALID_DIALOG_ID';

/** The canonical (lower-case, trimmed) dialog id, or a BAD_USER_INPUT error naming the argument. */
export function parseDialogId(value: string, argument = 'dialogId'): string {
  const dialogId = value.trim().toLowerCase();
  if (!isDialogId(dialogId) && !isTelegramDialogId(dialogId)) {
    throw badUserInput(
      `${argument} must be "chat<N>", "sg<N>", a positive user id, or a Telegram chat ("tg:chat:<N>", "tg:channel:<N>", "tg:user:<N>").`,
      INVALID_DIALOG_ID,
      { argument },
    );
  }
  return dialogId;
}
