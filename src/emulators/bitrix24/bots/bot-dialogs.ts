/**
 * From an imbot.v2 `dialogId` to the chat the bot may act in. An unknown dialog and a chat the bot
 * is not in both give ACCESS_DENIED (docs/bitrix24-contract.md §10 #26).
 */
import { isActiveUser, type EmBot, type EmChat, type EmMessage, type EmulatorState } from '../store/state.js';
import { toInt, toStr } from '../core/params.js';
import { botError } from './bot-errors.js';
import { chatRole, ensurePrivateChat, postLevel, roleSatisfies } from '../chats/chat-access.js';

/**
 * `"chatN"` is a group chat the bot must be a member of; `"<userId>"` is the bot's one-to-one dialog
 * with that user, created on first use as the portal does.
 */
export function resolveBotDialog(state: EmulatorState, bot: EmBot, dialogId: unknown, now: Date): EmChat {
  const text = toStr(dialogId)?.trim() ?? '';
  const group = /^chat(\d+)$/i.exec(text);
  if (group) {
    const chat = state.chats.get(Number(group[1]));
    if (!chat || !chat.memberIds.includes(bot.id)) throw botError('ACCESS_DENIED');
    return chat;
  }
  if (/^\d+$/.test(text)) {
    const userId = Number(text);
    const user = state.users.get(userId);
    if (userId === bot.id || !isActiveUser(user)) throw botError('ACCESS_DENIED');
    return ensurePrivateChat(state, bot.id, userId, now);
  }
  throw botError('ACCESS_DENIED');
}

export function botIsInChat(state: EmulatorState, bot: EmBot, chatId: number): boolean {
  return state.chats.get(chatId)?.memberIds.includes(bot.id) ?? false;
}

/** Owner or manager of the chat: may delete other people's messages. */
export function botIsChatAdmin(state: EmulatorState, bot: EmBot, chatId: number): boolean {
  const chat = state.chats.get(chatId);
  return chat !== undefined && (chat.ownerId === bot.id || chat.managerIds.includes(bot.id));
}

/** A message with a row in the store, or undefined. */
export function findMessage(state: EmulatorState, id: unknown): EmMessage | undefined {
  const n = toInt(id);
  return n === undefined ? undefined : state.messages.get(n);
}

/** The chat's posting restriction (`canPost`, kept by the chats module) applies to bots too. */
export function botMayPost(chat: EmChat, bot: EmBot): boolean {
  return chat.kind === 'private' || roleSatisfies(chatRole(chat, bot.id), postLevel(chat));
}
