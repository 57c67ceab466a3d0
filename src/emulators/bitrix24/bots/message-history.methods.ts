/**
 * imbot.v2.Chat.Message.get / getContext (docs/bitrix24-contract.md §7.10, docs/bitrix24-contract.md §7.11): reading history, which only
 * `supervisor` and `personal` bots may do.
 */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toInt } from '../core/params.js';
import type { EmBot, EmMessage, EmUser } from '../store/state.js';
import { requireOwnedBot } from './bot-auth.js';
import { botIsInChat, findMessage } from './bot-dialogs.js';
import { botError } from './bot-errors.js';
import { messageView, userBrief } from './bot-views.js';
import { chatMessages } from './message-store.js';

const MAX_RANGE = 50;

/** The checks shared by both methods, in the documented order: type, existence, access. */
function readableMessage(params: Params, ctx: CallContext): { bot: EmBot; message: EmMessage } {
  const bot = requireOwnedBot(params, ctx);
  if (bot.type !== 'supervisor' && bot.type !== 'personal') throw botError('BOT_TYPE_NOT_ALLOWED');
  const message = findMessage(ctx.state, getParam(params, 'messageId'));
  if (!message) throw botError('MESSAGE_NOT_FOUND');
  if (!botIsInChat(ctx.state, bot, message.chatId)) throw botError('MESSAGE_ACCESS_DENIED');
  return { bot, message };
}

function authors(ctx: CallContext, messages: EmMessage[]): Record<string, unknown>[] {
  const ids = [...new Set(messages.map((m) => m.authorId).filter((id) => id > 0))];
  return ids
    .map((id) => ctx.state.users.get(id))
    .filter((u): u is EmUser => u !== undefined)
    .map(userBrief);
}

function get(params: Params, ctx: CallContext) {
  const { bot, message } = readableMessage(params, ctx);
  const author = ctx.state.users.get(message.authorId);
  // System messages have no author: `user` is null then.
  return { result: { message: messageView(message, bot.id), user: author ? userBrief(author) : null } };
}

function getContext(params: Params, ctx: CallContext) {
  const { bot, message } = readableMessage(params, ctx);
  const rawRange = getParam(params, 'range');
  // Out-of-range values are clamped into 1..50 (the docs give the range, not an error for it).
  const range = isMissing(rawRange)
    ? MAX_RANGE
    : Math.min(Math.max(toInt(rawRange) ?? MAX_RANGE, 1), MAX_RANGE);
  const history = chatMessages(ctx.state, message.chatId);
  const at = history.findIndex((m) => m.id === message.id);
  const from = Math.max(at - range, 0);
  const to = Math.min(at + range + 1, history.length);
  const window = history.slice(from, to);
  return {
    result: {
      messages: window.map((m) => messageView(m, bot.id)),
      users: authors(ctx, window),
      hasPrevPage: from > 0,
      hasNextPage: to < history.length,
    },
  };
}

export const messageHistoryMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Chat.Message.get', scopes: ['imbot'], handler: get },
  { name: 'imbot.v2.Chat.Message.getContext', scopes: ['imbot'], handler: getContext },
];
