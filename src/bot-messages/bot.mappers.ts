/** Clean bot models (bot.model.ts) → GraphQL objects (bot.types.ts). */
import type { Bot, BotMessage, BotUser } from './bot.model.js';
import {
  botGlobalId,
  BotMessageForwardObject,
  BotMessageObject,
  BotObject,
  BotUserObject,
  toBotTypeEnum,
} from './bot.types.js';

export function toBotUserObject(user: BotUser): BotUserObject {
  return Object.assign(new BotUserObject(), {
    id: user.id,
    name: user.name,
    active: user.active,
    isBot: user.bot,
    type: user.type,
  });
}

export function toBotObject(bot: Bot, users: readonly BotUser[]): BotObject {
  const user = users.find((u) => u.id === bot.id);
  return Object.assign(new BotObject(), {
    id: botGlobalId('Bot', bot.id),
    botId: bot.id,
    code: bot.code,
    type: toBotTypeEnum(bot.type),
    name: user?.name || null,
    isHidden: bot.isHidden,
    isReactionsEnabled: bot.isReactionsEnabled,
    isSupportOpenline: bot.isSupportOpenline,
    backgroundId: bot.backgroundId,
    language: bot.language,
    eventMode: bot.eventMode,
    messageCount: bot.countMessage,
    chatCount: bot.countChat,
    userCount: bot.countUser,
  });
}

function record(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** `params.ATTACH` is a list of attachments (or one attachment object, depending on the source). */
function attachments(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.map(record).filter((a): a is Record<string, unknown> => a !== null);
  const single = record(value);
  return single ? [single] : [];
}

export function toBotMessageObject(
  message: BotMessage,
  users: readonly BotUser[],
  botId: number | null,
): BotMessageObject {
  const author = users.find((u) => u.id === message.authorId);
  const forward = message.forward
    ? Object.assign(new BotMessageForwardObject(), {
        messageId: message.forward.id,
        userId: message.forward.userId,
        chatId: message.forward.chatId,
        date: message.forward.date,
      })
    : null;
  return Object.assign(new BotMessageObject(), {
    id: botGlobalId('BotMessage', message.id),
    messageId: message.id,
    chatId: message.chatId || null,
    dialogId: message.chatId ? `chat${message.chatId}` : null,
    text: message.text,
    isSystem: message.isSystem,
    date: message.date,
    authorId: message.authorId,
    author: author && message.authorId > 0 ? toBotUserObject(author) : null,
    botId,
    keyboard: record(message.params.KEYBOARD),
    attach: attachments(message.params.ATTACH),
    forward,
    viewedByOthers: message.viewedByOthers,
  });
}
