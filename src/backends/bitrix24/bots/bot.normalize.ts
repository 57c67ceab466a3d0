/** Raw imbot.v2 objects → clean ones (docs/bitrix24-contract.md §7.0). */
import type {
  Bot,
  BotChat,
  BotEvent,
  BotMessage,
  BotMessageForward,
  BotUser,
} from '../../../bot-messages/bot.model.js';

export type Raw = Record<string, unknown>;

export function obj(value: unknown): Raw {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}
export function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return value && typeof value === 'object' ? Object.values(value) : [];
}
export function int(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}
export function intOrNull(value: unknown): number | null {
  return value === null || value === undefined || value === '' ? null : int(value);
}
export function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
export function textOrNull(value: unknown): string | null {
  const t = text(value);
  return t === '' ? null : t;
}
/** true/false, "Y"/"N", "1"/"0" (webhook-mode events stringify everything). */
export function bool(value: unknown): boolean {
  return value === true || value === 'Y' || value === 'y' || value === '1' || value === 1 || value === 'true';
}

export function normalizeBot(raw: Raw): Bot {
  return {
    id: int(raw.id),
    code: text(raw.code),
    type: text(raw.type),
    isHidden: bool(raw.isHidden),
    isSupportOpenline: bool(raw.isSupportOpenline),
    isReactionsEnabled: bool(raw.isReactionsEnabled),
    backgroundId: textOrNull(raw.backgroundId),
    language: text(raw.language),
    eventMode: textOrNull(raw.eventMode),
    countMessage: intOrNull(raw.countMessage),
    countChat: intOrNull(raw.countChat),
    countUser: intOrNull(raw.countUser),
  };
}

export function normalizeBotUser(raw: Raw): BotUser {
  return {
    id: int(raw.id),
    active: bool(raw.active),
    name: text(raw.name),
    bot: bool(raw.bot),
    type: text(raw.type),
    workPosition: textOrNull(raw.workPosition),
    avatarUrl: textOrNull(raw.avatar),
  };
}

export function normalizeBotChat(raw: Raw): BotChat {
  return {
    id: int(raw.id),
    dialogId: text(raw.dialogId) || `chat${int(raw.id)}`,
    name: text(raw.name),
    description: text(raw.description),
    type: text(raw.type),
    ownerId: int(raw.owner),
    role: text(raw.role).toLowerCase(),
    textFieldEnabled: bool(raw.textFieldEnabled),
    messageCount: intOrNull(raw.messageCount),
    userCounter: intOrNull(raw.userCounter),
    lastMessageId: intOrNull(raw.lastMessageId),
  };
}

function normalizeForward(value: unknown): BotMessageForward | null {
  const raw = obj(value);
  if (Object.keys(raw).length === 0) return null;
  return { id: int(raw.id), userId: int(raw.userId), chatId: int(raw.chatId), date: textOrNull(raw.date) };
}

export function normalizeBotMessage(raw: Raw): BotMessage {
  return {
    id: int(raw.id),
    chatId: int(raw.chatId),
    authorId: int(raw.authorId),
    date: textOrNull(raw.date),
    text: text(raw.text),
    isSystem: bool(raw.isSystem),
    uuid: textOrNull(raw.uuid),
    params: obj(raw.params),
    viewedByOthers: bool(raw.viewedByOthers),
    forward: normalizeForward(raw.forward),
  };
}

export function normalizeBotEvent(raw: Raw): BotEvent {
  return { eventId: int(raw.eventId), type: text(raw.type), date: textOrNull(raw.date), data: obj(raw.data) };
}

/** `uuidMap`: `{}` in the example, `[]` by the PHP rule (docs/bitrix24-contract.md §10 #21). */
export function normalizeUuidMap(value: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [uuid, id] of Object.entries(obj(value))) out[uuid] = int(id);
  return out;
}
