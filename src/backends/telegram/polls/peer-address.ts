/**
 * Telegram chats in a dialogId: `tg:chat:<id>` (basic group), `tg:channel:<id>` (channel or
 * supergroup), `tg:user:<id>` (private chat). Ids are positive decimal integers below 2^53 (Telegram's
 * ids fit in 52 bits). Anything else is not a Telegram address (null).
 */
export type TelegramPeerKind = 'chat' | 'channel' | 'user';

export interface TelegramPeer {
  kind: TelegramPeerKind;
  id: number;
}

const PATTERN = /^tg:(chat|channel|user):([1-9]\d{0,15})$/;

export function parseTelegramPeer(dialogId: string): TelegramPeer | null {
  const match = PATTERN.exec(dialogId);
  if (!match) return null;
  const id = Number(match[2]);
  if (!Number.isSafeInteger(id)) return null;
  return { kind: match[1] as TelegramPeerKind, id };
}

export function formatTelegramPeer(peer: TelegramPeer): string {
  return `tg:${peer.kind}:${peer.id}`;
}
