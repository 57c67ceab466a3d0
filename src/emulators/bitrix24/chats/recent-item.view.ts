/** One `im.recent.list` item (docs/bitrix24-contract.md §9.3) and the user block it embeds. */
import { isoWithOffset } from '../core/dates.js';
import type { EmChat, EmMessage, EmulatorState, EmUser } from '../store/state.js';
import { chatRestrictions, chatV1Common, privateChatPartner } from './chat-v1.view.js';

export function recentUserBlock(user: EmUser, now: Date): Record<string, unknown> {
  return {
    id: user.id,
    active: user.active !== false,
    name: user.name,
    first_name: user.firstName,
    last_name: user.lastName,
    work_position: user.workPosition,
    color: user.color,
    avatar: '',
    avatar_hr: '/bitrix/js/im/images/blank.gif',
    gender: user.gender,
    birthday: '',
    extranet: false,
    network: false,
    bot: user.isBot,
    connector: user.connector === true,
    external_auth_id: user.isBot ? 'bot' : user.connector ? 'imconnector' : 'socservices',
    status: 'online',
    idle: false,
    // A datetime in the docs (never `false`, unlike idle/mobile/desktop dates). Every emulated user
    // is online, so their last activity is now, as user.get's LAST_ACTIVITY_DATE says.
    last_activity_date: isoWithOffset(now),
    mobile_last_date: false,
    desktop_last_date: false,
    absent: false,
    departments: [1],
    phones: false,
    bot_data: null,
    type: user.isBot ? 'bot' : 'user',
    website: '',
    email: user.email,
  };
}

function recentMessageBlock(chat: EmChat, last: EmMessage | undefined): Record<string, unknown> {
  // A chat nobody has written in yet still shows up (it was just created); it has no message.
  if (!last) {
    return {
      id: 0,
      text: '',
      file: false,
      author_id: 0,
      attach: false,
      sticker: null,
      date: chat.dateCreate,
      status: 'received',
      uuid: null,
    };
  }
  return {
    id: last.id,
    text: last.text,
    file: false,
    author_id: last.authorId,
    attach: 'ATTACH' in last.params || 'IM_VOTE' in last.params,
    sticker: null,
    date: last.date,
    status: last.viewedBy.some((id) => id !== last.authorId) ? 'delivered' : 'received',
    uuid: last.uuid === '' ? null : last.uuid,
  };
}

export interface RecentEntry {
  chat: EmChat;
  last: EmMessage | undefined;
  activity: string;
  counter: number;
  lastId: number;
}

export function recentItem(
  state: EmulatorState,
  entry: RecentEntry,
  viewerId: number,
  now: Date,
): Record<string, unknown> {
  const { chat, last } = entry;
  const base = {
    chat_id: chat.id,
    message: recentMessageBlock(chat, last),
    counter: entry.counter,
    last_id: entry.lastId,
    pinned: false,
    unread: false,
    has_reminder: false,
    date_update: entry.activity,
    date_last_activity: entry.activity,
  };
  if (chat.kind === 'private') {
    const partner = privateChatPartner(state, chat, viewerId);
    return {
      id: partner?.id ?? 0,
      type: 'user',
      avatar: { url: '', color: partner?.color ?? chat.color },
      title: partner?.name ?? '',
      ...base,
      ...(partner ? { user: recentUserBlock(partner, now) } : {}),
      chat: { text_field_enabled: true, background_id: null, mute_list: [] },
      options: [],
    };
  }
  const common = chatV1Common(chat, viewerId);
  const author = last && last.authorId > 0 ? state.users.get(last.authorId) : undefined;
  const lineSession = state.openLineSessions.find((session) => session.chatId === chat.id);
  return {
    id: `chat${chat.id}`,
    type: 'chat',
    avatar: { url: '', color: chat.color },
    title: chat.name,
    ...base,
    chat: {
      ...common,
      contains_collaber: false,
      restrictions: chatRestrictions(chat),
      // Upper case here, lower case in im.dialog.get: the documented examples differ.
      role: String(common.role).toUpperCase(),
    },
    ...(author ? { user: recentUserBlock(author, now) } : {}),
    ...(lineSession ? { lines: { id: lineSession.id, status: 0, date_create: chat.dateCreate } } : {}),
    options: [],
  };
}
