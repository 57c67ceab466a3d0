/**
 * The Telegram implementation of the chat port (chats/chat.backend.ts), over the caller's linked
 * session. Built once per request: every chat read of the request waits for the same tick and goes
 * out together (chat-read.ts: one call per kind of chat), and a chat read twice costs nothing more.
 * A caller without a linked session sees no Telegram chat (null), as a non-member sees no chat.
 */
import DataLoader from 'dataloader';
import type { ChatBackend } from '../../../chats/chat.backend.js';
import type { Chat } from '../../../chats/chat.model.js';
import type { TelegramAccess } from '../access/telegram-access.port.js';
import { parseTelegramPeer, type TelegramPeer } from '../polls/peer-address.js';
import { toBackendFailure } from '../polls/poll.telegram.js';
import type { TelegramChat } from './telegram-chat.types.js';

/** The facade's chat model of a Telegram chat (see the Chat type's descriptions for each field). */
export function toChatModel(chat: TelegramChat): Chat {
  return {
    backend: 'tg',
    id: chat.id,
    dialogId: chat.dialogId,
    name: chat.title,
    description: '',
    type: chat.type,
    ownerId: 0,
    memberCount: chat.memberCount ?? 0,
    messageCount: 0,
    role: chat.type === 'private' ? 'none' : chat.creator ? 'owner' : chat.admin ? 'manager' : 'member',
    canPost: chat.canPost,
    entityType: null,
    entityId: null,
    lastMessageId: null,
    createdAt: chat.createdAt === null ? null : new Date(chat.createdAt * 1000).toISOString(),
    avatarUrl: null,
    color: null,
  };
}

export function createTelegramChatBackend(access: TelegramAccess, linkKey: string): ChatBackend {
  const loader = new DataLoader<string, Chat | null>(async (dialogIds) => {
    const actor = await access.actorFor(linkKey);
    if (actor === null) return dialogIds.map(() => null);
    const peers = dialogIds
      .map((dialogId) => parseTelegramPeer(dialogId))
      .filter((peer): peer is TelegramPeer => peer !== null);
    let found;
    try {
      found = await actor.polls.chats(peers);
    } catch (error) {
      throw toBackendFailure(error);
    }
    return dialogIds.map((dialogId) => {
      const chat = found.get(dialogId);
      return chat === undefined || chat === null ? null : toChatModel(chat);
    });
  });
  return { read: (dialogId) => loader.load(dialogId) };
}
