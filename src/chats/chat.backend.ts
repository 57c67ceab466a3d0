/**
 * The chat port for chats that are not Bitrix24's: a Telegram chat (`tg:chat:N`, `tg:channel:N`,
 * `tg:user:N`) is read by the Telegram backend, registered under TELEGRAM_CHAT_BACKEND by the
 * composition root (null when this facade has no Telegram). Bitrix24 chats keep their own loader
 * (chat.loader.ts).
 */
import { backendKey } from '../graphql/backend-registry.js';
import type { Chat } from './chat.model.js';

export interface ChatBackend {
  /**
   * The chat as the caller sees it; null when it does not exist or the caller cannot see it. Reads
   * of one request are batched by the backend. Other failures reject (mapped onto src/outcomes).
   */
  read(dialogId: string): Promise<Chat | null>;
}

export const TELEGRAM_CHAT_BACKEND = backendKey<ChatBackend | null>('chats.tg');
