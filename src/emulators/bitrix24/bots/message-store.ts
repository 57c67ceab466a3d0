/**
 * Writing chat history for the bot and connector modules (both append to the same `state.messages`).
 * Unlike chats/chat-history.ts, the author counts as a viewer of their own message and soft-deleted
 * rows stay in `chatMessages`: the imbot.v2 views (`viewed`, `lastId`, getContext) read them so.
 */
import { toAtom } from '../core/dates.js';
import type { EmMessage, EmulatorState } from '../store/state.js';
import { freshId } from '../store/state.js';

export type NewMessage = Pick<EmMessage, 'chatId' | 'authorId' | 'text' | 'source'> &
  Partial<Pick<EmMessage, 'isSystem' | 'uuid' | 'params' | 'forward' | 'replyId' | 'date'>>;

export function appendMessage(state: EmulatorState, input: NewMessage, now: Date): EmMessage {
  const message: EmMessage = {
    id: freshId(state, 'message', state.messages),
    chatId: input.chatId,
    authorId: input.authorId,
    text: input.text,
    date: input.date ?? toAtom(now),
    isSystem: input.isSystem ?? false,
    uuid: input.uuid ?? '',
    params: input.params ?? {},
    forward: input.forward ?? null,
    replyId: input.replyId ?? null,
    deleted: false,
    reactions: {},
    // The author has seen their own message.
    viewedBy: input.authorId > 0 ? [input.authorId] : [],
    source: input.source,
  };
  state.messages.set(message.id, message);
  return message;
}

/** The chat's messages that still have a row, oldest first. */
export function chatMessages(state: EmulatorState, chatId: number): EmMessage[] {
  const list: EmMessage[] = [];
  for (const message of state.messages.values()) if (message.chatId === chatId) list.push(message);
  return list.sort((a, b) => a.id - b.id);
}
