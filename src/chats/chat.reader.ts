/**
 * The chat reads of one request, whichever backend holds the chat: Bitrix24 dialogs through
 * CHAT_BACKEND, Telegram ones (`tg:`) through TELEGRAM_CHAT_BACKEND; both batch their own reads
 * per request. Without Telegram a `tg:` chat is null. A failure other than "not visible" (which the
 * backends answer as null) reaches the client as its GraphQL error.
 */
import { asGraphQLFailure } from '../graphql-errors/not-visible.js';
import type { GraphQLContext } from '../graphql/context.js';
import { namesTelegram } from '../validation/telegram-dialog-id.js';
import { CHAT_BACKEND, TELEGRAM_CHAT_BACKEND } from './chat.backend.js';
import type { Chat } from './chat.model.js';

/** Loads chats by dialog id, whichever backend holds them. */
export interface ChatReader {
  load(dialogId: string): Promise<Chat | null>;
}

export function chatLoaderOf(ctx: GraphQLContext): ChatReader {
  return {
    load: async (dialogId) => {
      const backend = namesTelegram(dialogId)
        ? ctx.backend(TELEGRAM_CHAT_BACKEND)
        : ctx.backend(CHAT_BACKEND);
      if (backend === null) return null;
      try {
        return await backend.read(dialogId);
      } catch (error) {
        throw asGraphQLFailure(error);
      }
    },
  };
}
