/**
 * `im.dialog.messages.get`: a dialog's history for a member, newest first, every source alike (user
 * posts, polls, bot and connector messages; soft-deleted rows are left out). Without LAST_ID/FIRST_ID
 * the newest LIMIT messages; LAST_ID gives the LIMIT messages just older than it, FIRST_ID the LIMIT
 * messages just newer. An id that names no message of this chat gives empty lists. Files are always
 * `[]`: the emulator stores no files.
 */
import type { CallContext, MethodDefinition } from '../core/method.js';
import { EmulatorError } from '../core/emulator-error.js';
import { getParam, isMissing, toInt } from '../core/params.js';
import type { EmMessage } from '../store/state.js';
import { chatMessages } from './chat-history.js';
import { readDialog } from './dialog-id.js';
import { recentUserBlock } from './recent-item.view.js';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;

/** Reactions of the `like` kind are the documented `LIKE` list; an empty map is PHP's `[]`. */
function paramsView(message: EmMessage): Record<string, unknown> | never[] {
  const view: Record<string, unknown> = { ...message.params };
  const likes = message.reactions.like ?? [];
  if (likes.length > 0) view.LIKE = [...likes];
  return Object.keys(view).length > 0 ? view : [];
}

function messageView(message: EmMessage, viewerId: number) {
  const system = message.isSystem || message.authorId === 0;
  return {
    id: message.id,
    chat_id: message.chatId,
    author_id: system ? 0 : message.authorId,
    date: message.date,
    text: message.text,
    unread: message.authorId !== viewerId && !message.viewedBy.includes(viewerId),
    uuid: system || message.uuid === '' ? null : message.uuid,
    replaces: [],
    params: paramsView(message),
    disappearing_date: null,
  };
}

function pick(history: EmMessage[], lastId: number | undefined, firstId: number | undefined, limit: number) {
  const anchor = lastId ?? firstId;
  if (anchor !== undefined && !history.some((m) => m.id === anchor)) return [];
  if (firstId !== undefined && lastId === undefined) {
    return history
      .filter((m) => m.id > firstId)
      .slice(0, limit)
      .reverse();
  }
  const older = lastId === undefined ? history : history.filter((m) => m.id < lastId);
  return older.slice(-limit).reverse();
}

function messagesGet(params: Record<string, unknown>, ctx: CallContext) {
  const { chat } = readDialog(params, ctx);
  const requested = toInt(getParam(params, 'LIMIT')) ?? DEFAULT_LIMIT;
  const limit = Math.min(MAX_LIMIT, requested > 0 ? requested : DEFAULT_LIMIT);
  // A given FIRST_ID/LAST_ID that is not a number is refused, as documented; 0 or below counts as absent.
  const anchor = (name: 'FIRST_ID' | 'LAST_ID') => {
    const value = getParam(params, name);
    if (isMissing(value)) return undefined;
    const n = toInt(value);
    if (n === undefined) {
      const label = name === 'FIRST_ID' ? 'First' : 'Last';
      throw new EmulatorError(400, `${name}_STRING`, `${label} ID can't be string`);
    }
    return n > 0 ? n : undefined;
  };
  const firstId = anchor('FIRST_ID');
  const lastId = anchor('LAST_ID');
  const messages = pick(chatMessages(ctx.state, chat.id), lastId, firstId, limit);
  const now = ctx.now();
  const authorIds = [...new Set(messages.map((m) => m.authorId).filter((id) => id > 0))];
  const users = authorIds.flatMap((id) => {
    const user = ctx.state.users.get(id);
    return user ? [recentUserBlock(user, now)] : [];
  });
  return {
    result: {
      chat_id: chat.id,
      messages: messages.map((m) => messageView(m, ctx.user.id)),
      users,
      files: [],
    },
  };
}

export const imDialogMessagesGet: MethodDefinition = {
  name: 'im.dialog.messages.get',
  scopes: ['im'],
  handler: (params, ctx) => messagesGet(params, ctx),
};
