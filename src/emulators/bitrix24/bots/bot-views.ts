/**
 * The camelCase objects of imbot.v2 responses and events (docs/bitrix24-contract.md §7.0, `entities.md`): Bot (brief
 * and extended), User (full and brief), Chat and Message. Types are kept exactly (numbers as
 * numbers); webhook-mode stringification is not emulated because events are only fetched.
 */
import type { EmBot, EmChat, EmMessage, EmUser, EmulatorState } from '../store/state.js';
import { toAtom } from '../core/dates.js';
import { chatMessages } from './message-store.js';

export function botBrief(bot: EmBot): Record<string, unknown> {
  return {
    id: bot.id,
    code: bot.code,
    type: bot.type,
    isHidden: bot.isHidden,
    isSupportOpenline: bot.isSupportOpenline,
    isReactionsEnabled: bot.isReactionsEnabled,
    backgroundId: bot.backgroundId,
    language: bot.language,
  };
}

export function botExtended(bot: EmBot): Record<string, unknown> {
  return {
    ...botBrief(bot),
    moduleId: 'rest',
    eventMode: bot.eventMode,
    countMessage: bot.countMessage,
    countCommand: bot.countCommand,
    countChat: bot.countChat,
    countUser: bot.countUser,
  };
}

function userType(user: EmUser): string {
  if (user.isBot) return 'bot';
  // Open Channel visitors are external users; the portal files them outside the intranet.
  if (user.connector) return 'extranet';
  return 'employee';
}

export function userBrief(user: EmUser): Record<string, unknown> {
  return {
    id: user.id,
    active: user.active !== false,
    name: user.name,
    bot: user.isBot,
    type: userType(user),
  };
}

/**
 * The full User object (entities.md). `now` stands for the user's last activity: the emulator's users
 * are all "online", so their last activity is the moment of the response (the documented examples
 * show an ISO date there; `false` is what a user who was never active gets).
 */
export function userFull(user: EmUser, now?: Date): Record<string, unknown> {
  return {
    id: user.id,
    active: user.active !== false,
    name: user.name,
    firstName: user.firstName,
    lastName: user.lastName,
    workPosition: user.workPosition,
    color: user.color,
    avatar: '',
    // The messenger reports every user who has not chosen "F" as "M" (the register example's bot is "M").
    gender: user.gender === 'F' ? 'F' : 'M',
    birthday: '',
    extranet: user.connector === true,
    bot: user.isBot,
    connector: user.connector === true,
    externalAuthId: user.isBot ? 'bot' : user.connector ? 'imconnector' : 'default',
    status: 'online',
    idle: false,
    lastActivityDate: now ? toAtom(now) : false,
    absent: false,
    departments: user.isBot || user.connector ? [] : [1],
    phones: false,
    type: userType(user),
    website: '',
    email: user.email,
  };
}

const CHAT_TYPES: Record<EmChat['kind'], { type: string; messageType: string }> = {
  private: { type: 'private', messageType: 'P' },
  chat: { type: 'chat', messageType: 'C' },
  open: { type: 'open', messageType: 'O' },
  // An Open Channel (Open Lines) chat: the im module calls this type "lines", message type "L".
  openChannel: { type: 'lines', messageType: 'L' },
};

/** `chatN` for group chats; for a one-to-one chat, the other party's id as seen by `viewerId`. */
function dialogIdFor(chat: EmChat, viewerId: number): string {
  if (chat.kind !== 'private') return `chat${chat.id}`;
  const other = chat.memberIds.find((id) => id !== viewerId) ?? viewerId;
  return String(other);
}

function roleOf(chat: EmChat, userId: number): string {
  if (chat.ownerId === userId) return 'owner';
  if (chat.managerIds.includes(userId)) return 'manager';
  if (chat.memberIds.includes(userId)) return 'member';
  return 'none';
}

/** The newest message the viewer has read, or null. */
function lastReadId(messages: EmMessage[], viewerId: number): number | null {
  let last: number | null = null;
  for (const m of messages) if (m.viewedBy.includes(viewerId)) last = m.id;
  return last;
}

/** Messages the viewer has not read yet (own and soft-deleted messages never count). */
export function unreadFor(messages: EmMessage[], viewerId: number): EmMessage[] {
  return messages.filter((m) => !m.deleted && m.authorId !== viewerId && !m.viewedBy.includes(viewerId));
}

export function chatView(state: EmulatorState, chat: EmChat, viewerId: number): Record<string, unknown> {
  const messages = chatMessages(state, chat.id);
  const last = messages[messages.length - 1];
  const unread = unreadFor(messages, viewerId);
  const name =
    chat.kind === 'private' ? (state.users.get(Number(dialogIdFor(chat, viewerId)))?.name ?? '') : chat.name;
  return {
    id: chat.id,
    dialogId: dialogIdFor(chat, viewerId),
    name,
    description: chat.description,
    ...CHAT_TYPES[chat.kind],
    owner: chat.ownerId,
    color: chat.color === '' ? null : chat.color,
    avatar: '',
    extranet: chat.memberIds.some((id) => state.users.get(id)?.connector === true),
    containsCollaber: false,
    entityType: chat.entityType,
    entityId: chat.entityId,
    entityData1: '',
    entityData2: '',
    entityData3: '',
    entityLink: {},
    diskFolderId: null,
    role: roleOf(chat, viewerId),
    permissions: {},
    muteList: [],
    parentChatId: null,
    parentMessageId: null,
    isNew: false,
    textFieldEnabled: 'Y',
    backgroundId: null,
    dateCreate: chat.dateCreate,
    lastMessageId: last?.id ?? null,
    // JSON text, not an object (docs/bitrix24-contract.md §7.0). Views of the last message are not modelled beyond "{}".
    lastMessageViews: '{}',
    lastId: lastReadId(messages, viewerId),
    managerList: [...new Set([chat.ownerId, ...chat.managerIds].filter((id) => id > 0))],
    markedId: null,
    messageCount: messages.filter((m) => !m.deleted).length,
    public: '',
    unreadId: unread[0]?.id ?? null,
    userCounter: chat.memberIds.length,
  };
}

/** A Message object; `viewerId` adds the response-only `unread`/`viewed` fields. */
export function messageView(message: EmMessage, viewerId?: number): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: message.id,
    chatId: message.chatId,
    authorId: message.authorId,
    date: message.date,
    text: message.text,
    isSystem: message.isSystem,
    uuid: message.uuid,
    forward: message.forward,
    params: message.params,
    viewedByOthers: message.viewedBy.some((id) => id !== message.authorId),
  };
  if (viewerId !== undefined) {
    const viewed = message.viewedBy.includes(viewerId);
    view.viewed = viewed;
    view.unread = !viewed && message.authorId !== viewerId;
  }
  return view;
}

/**
 * Chat fields that only method responses carry (entities.md "only in method responses"), plus
 * `muteList`, which events leave out because it depends on the reader.
 */
const RESPONSE_ONLY_CHAT_FIELDS = [
  'dateCreate',
  'lastMessageId',
  'lastId',
  'managerList',
  'messageCount',
  'userCounter',
  'unreadId',
  'lastMessageViews',
  'markedId',
  'public',
  'muteList',
];

/** The Chat object as event data carries it: without the response-only fields. */
export function chatEventView(state: EmulatorState, chat: EmChat, viewerId: number): Record<string, unknown> {
  const view = chatView(state, chat, viewerId);
  for (const field of RESPONSE_ONLY_CHAT_FIELDS) delete view[field];
  return view;
}
