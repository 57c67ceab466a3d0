/**
 * The chat ports. ChatBackend is what every chat backend gives: a chat read by dialog id. The
 * Telegram one (TELEGRAM_CHAT_BACKEND; null when this facade has no Telegram) offers only that.
 * Bitrix24 (CHAT_BACKEND) is a ChatDirectoryBackend: it also lists the caller's recent dialogs and
 * adds members to a chat. The composition root registers both (src/app/backends.ts).
 */
import { backendKey } from '../graphql/backend-registry.js';
import type { Chat, ListRecentOptions, RecentPage } from './chat.model.js';

export interface ChatBackend {
  /**
   * The chat as the caller sees it; null when it does not exist or the caller cannot see it. Reads
   * of one request are batched by the backend. Other failures reject with a BackendFailure
   * (outcomes/backend-failure.ts).
   */
  read(dialogId: string): Promise<Chat | null>;
}

/** A chat backend that also keeps the caller's list of dialogs and the chats' membership. */
export interface ChatDirectoryBackend extends ChatBackend {
  /** One page of the caller's recent dialogs, as the upstream sent it (pages may overlap). */
  recent(options: ListRecentOptions): Promise<RecentPage>;
  /**
   * Adds users (bots are users) to a group chat as the caller, who must be a member. Ids that are
   * not users may be skipped silently.
   */
  addUsers(chatId: number, userIds: readonly number[]): Promise<void>;
}

export const CHAT_BACKEND = backendKey<ChatDirectoryBackend>('chats');
export const TELEGRAM_CHAT_BACKEND = backendKey<ChatBackend | null>('chats.tg');
