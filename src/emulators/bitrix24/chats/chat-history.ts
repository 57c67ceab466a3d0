/**
 * The message history of a chat as the `im.*` and poll methods see it: appending, the last
 * message, and what a given member has read.
 */
import type { EmMessage, EmulatorState } from '../store/state.js';
import { freshId } from '../store/state.js';
import { toAtom } from '../core/dates.js';

export interface NewMessage {
  chatId: number;
  authorId: number;
  text: string;
  params?: Record<string, unknown>;
  source: EmMessage['source'];
  uuid?: string;
}

export function appendMessage(state: EmulatorState, input: NewMessage, now: Date): EmMessage {
  // Other features allocate message ids too; never overwrite a row that already exists.
  const id = freshId(state, 'message', state.messages);
  const message: EmMessage = {
    id,
    chatId: input.chatId,
    authorId: input.authorId,
    text: input.text,
    date: toAtom(now),
    isSystem: input.authorId === 0,
    uuid: input.uuid ?? '',
    params: input.params ?? {},
    forward: null,
    replyId: null,
    deleted: false,
    reactions: {},
    viewedBy: [],
    source: input.source,
  };
  state.messages.set(id, message);
  return message;
}

/** The chat's visible messages, oldest first. */
export function chatMessages(state: EmulatorState, chatId: number): EmMessage[] {
  const list: EmMessage[] = [];
  for (const message of state.messages.values()) {
    if (message.chatId === chatId && !message.deleted) list.push(message);
  }
  return list.sort((a, b) => a.id - b.id);
}

export function lastMessage(messages: EmMessage[]): EmMessage | undefined {
  return messages[messages.length - 1];
}

/** A member has "read" a message they wrote or viewed. */
function hasRead(message: EmMessage, userId: number): boolean {
  return message.authorId === userId || message.viewedBy.includes(userId);
}

/** Id of the newest message the user has read, 0 when none. */
export function lastReadId(messages: EmMessage[], userId: number): number {
  let id = 0;
  for (const message of messages) if (hasRead(message, userId)) id = message.id;
  return id;
}

export function unreadMessages(messages: EmMessage[], userId: number): EmMessage[] {
  return messages.filter((message) => !hasRead(message, userId));
}
