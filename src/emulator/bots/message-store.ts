/**
 * Writing chat history and allocating ids for entities the bot and connector modules create. Shared
 * with the connector module because both append messages to the same `state.messages`.
 */
import { toAtom } from '../core/dates.js';
import type { EmMessage, EmUser, EmulatorState } from '../store/state.js';
import { nextId } from '../store/state.js';

/**
 * A new id of `kind` that no row of `taken` uses yet. The seed may have inserted rows with fixed ids
 * without advancing `state.seq`, so a bare `nextId` could collide with them.
 */
export function freshId(state: EmulatorState, kind: string, taken: { has(id: number): boolean }): number {
  let id = nextId(state, kind);
  while (taken.has(id)) id = nextId(state, kind);
  return id;
}

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

export function isActiveUser(user: EmUser | undefined): user is EmUser {
  return user !== undefined && user.active !== false;
}
