/** Telegram dialog ids (`tg:chat:1`, `tg:channel:2`, `tg:user:3`): the facade serves them from Telegram. */
export function isTelegramDialog(dialogId: string): boolean {
  return dialogId.trim().toLowerCase().startsWith('tg:');
}
