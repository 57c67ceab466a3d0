/** A Telegram chat as the chat reads return it (plain data, no TL classes). */
import type { TelegramPeerKind } from '../polls/peer-address.js';

export interface TelegramChat {
  /** `tg:chat:1` etc. */
  dialogId: string;
  kind: TelegramPeerKind;
  id: number;
  /** The chat's title; for a private chat, the other person's name. */
  title: string;
  /** "chat" (basic group), "channel" (broadcast), "supergroup", or "private". */
  type: 'chat' | 'channel' | 'supergroup' | 'private';
  /** null when Telegram did not say (a channel's count needs the caller to be an admin). */
  memberCount: number | null;
  creator: boolean;
  admin: boolean;
  canPost: boolean;
  /** Unix seconds of creation; null when Telegram sent none (0). */
  createdAt: number | null;
}
