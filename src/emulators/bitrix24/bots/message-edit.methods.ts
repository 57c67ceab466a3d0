/** imbot.v2.Chat.Message.update / delete / read (docs/bitrix24-contract.md §7.7–docs/bitrix24-contract.md §7.9). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toBool, toObject, toStr } from '../core/params.js';
import { requireOwnedBot } from './bot-auth.js';
import { botIsChatAdmin, botIsInChat, findMessage, resolveBotDialog } from './bot-dialogs.js';
import { botError } from './bot-errors.js';
import { notifyBotsOfMessage } from './bot-events.js';
import { unreadFor } from './bot-views.js';
import { chatMessages } from './message-store.js';
import { cutText, normaliseAttach, normaliseKeyboard } from './message-fields.js';

function update(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const message = findMessage(ctx.state, getParam(params, 'messageId'));
  // Only the bot's own, non-system, still-visible messages in a chat it is in; an unknown message
  // gets the same ACCESS_DENIED (system messages have authorId 0, so they never match).
  if (
    !message ||
    message.deleted ||
    message.authorId !== bot.id ||
    !botIsInChat(ctx.state, bot, message.chatId)
  ) {
    throw botError('ACCESS_DENIED');
  }
  const fields = toObject(getParam(params, 'fields')) ?? {};
  const next = { ...message.params };
  const text = getParam(fields, 'message');
  if (text !== undefined) message.text = cutText(toStr(text) ?? '');
  if ('attach' in fields || 'ATTACH' in fields) {
    const attach = normaliseAttach(getParam(fields, 'attach'));
    if (attach.length) next.ATTACH = attach;
    else delete next.ATTACH;
  }
  if ('keyboard' in fields || 'KEYBOARD' in fields) {
    const keyboard = normaliseKeyboard(getParam(fields, 'keyboard'), bot.id);
    if (keyboard) next.KEYBOARD = keyboard;
    else delete next.KEYBOARD;
  }
  // A "Y"/"N" string on this page, a boolean in send (docs/bitrix24-contract.md §10 #23): both are read.
  const urlPreview = toBool(getParam(fields, 'urlPreview'));
  if (urlPreview === false) next.URL_PREVIEW = 'N';
  if (urlPreview === true) delete next.URL_PREVIEW;
  message.params = next;
  notifyBotsOfMessage(ctx.state, 'ONIMBOTV2MESSAGEUPDATE', message, ctx.now(), bot.id);
  return { result: { result: true } };
}

function remove(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const { state } = ctx;
  const message = findMessage(state, getParam(params, 'messageId'));
  if (!message || !botIsInChat(state, bot, message.chatId)) throw botError('ACCESS_DENIED');
  if (message.authorId !== bot.id && !botIsChatAdmin(state, bot, message.chatId))
    throw botError('ACCESS_DENIED');
  const complete = toBool(getParam(params, 'complete')) ?? false;
  if (complete) {
    state.messages.delete(message.id);
  } else {
    message.deleted = true;
    message.text = '';
    message.params = { IS_DELETED: 'Y' };
  }
  notifyBotsOfMessage(state, 'ONIMBOTV2MESSAGEDELETE', message, ctx.now(), bot.id);
  return { result: { result: true } };
}

function read(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const { state } = ctx;
  const chat = resolveBotDialog(state, bot, getParam(params, 'dialogId'), ctx.now());
  const messages = chatMessages(state, chat.id);
  const rawMessageId = getParam(params, 'messageId');
  let upTo = messages[messages.length - 1]?.id ?? 0;
  if (!isMissing(rawMessageId)) {
    const target = findMessage(state, rawMessageId);
    if (!target || target.chatId !== chat.id) throw botError('MESSAGE_NOT_FOUND');
    upTo = target.id;
  }
  const viewedMessages: number[] = [];
  for (const message of unreadFor(messages, bot.id)) {
    if (message.id > upTo) continue;
    message.viewedBy.push(bot.id);
    viewedMessages.push(message.id);
  }
  return {
    result: { chatId: chat.id, lastId: upTo, counter: unreadFor(messages, bot.id).length, viewedMessages },
  };
}

export const messageEditMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Chat.Message.update', scopes: ['imbot'], handler: update },
  { name: 'imbot.v2.Chat.Message.delete', scopes: ['imbot'], handler: remove },
  { name: 'imbot.v2.Chat.Message.read', scopes: ['imbot'], handler: read },
];
