/**
 * The Telegram chats a dialogId may name: `tg:chat:<id>` (basic group), `tg:channel:<id>` (channel or
 * supergroup), `tg:user:<id>` (private chat), ids positive decimals that fit in 53 bits (Telegram's
 * ids fit in 52). A pure rule shared by input validation and the global ids; the Telegram backend
 * parses the same shape into its peer (backends/telegram/polls/peer-address.ts).
 */
const TELEGRAM_DIALOG_ID = /^tg:(chat|channel|user):([1-9]\d{0,15})$/;

export function isTelegramDialogId(value: string): boolean {
  const match = TELEGRAM_DIALOG_ID.exec(value);
  return match !== null && Number.isSafeInteger(Number(match[2]));
}

/** Whether a dialogId names Telegram at all (then it must be well formed, or it is refused). */
export const namesTelegram = (value: string): boolean => value.startsWith('tg:');
