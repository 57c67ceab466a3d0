/** `im.recent.list` (docs/bitrix24-contract.md §9.3): the caller's dialogs, newest activity first. */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, toBool, toInt, toStr } from '../core/params.js';
import { chatRole, isChatMember, roleSatisfies } from './chat-access.js';
import { chatMessages, lastMessage, lastReadId, unreadMessages } from './chat-history.js';
import { chatPermissions } from './chat-v1.view.js';
import { recentItem, type RecentEntry } from './recent-item.view.js';
import { COPILOT_BLOCK } from './copilot-block.js';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 200;

function flag(params: Params, name: string): boolean {
  return toBool(getParam(params, name)) === true;
}

function collectEntries(params: Params, ctx: CallContext): RecentEntry[] {
  const userId = ctx.user.id;
  const before = toStr(getParam(params, 'LAST_MESSAGE_DATE'));
  const beforeTime = before ? Date.parse(before) : NaN;
  // The emulator has no BitrixGPT chats and no "channel" chats, so these filters match nothing.
  if (flag(params, 'ONLY_COPILOT') || flag(params, 'ONLY_CHANNEL')) return [];
  const entries: RecentEntry[] = [];
  for (const chat of ctx.state.chats.values()) {
    if (!isChatMember(chat, userId)) continue;
    if (chat.kind === 'private' && flag(params, 'SKIP_DIALOG')) continue;
    if (chat.kind !== 'private' && flag(params, 'SKIP_CHAT')) continue;
    if (chat.kind === 'openChannel' && flag(params, 'SKIP_OPENLINES')) continue;
    const manage = chatPermissions(chat).manage_messages ?? 'member';
    if (flag(params, 'CAN_MANAGE_MESSAGES') && !roleSatisfies(chatRole(chat, userId), manage)) continue;
    const messages = chatMessages(ctx.state, chat.id);
    const last = lastMessage(messages);
    const counter = unreadMessages(messages, userId).length;
    if (flag(params, 'UNREAD_ONLY') && counter === 0) continue;
    const activity = last?.date ?? chat.dateCreate;
    // LAST_MESSAGE_DATE is a cursor: the next page holds strictly older dialogs.
    if (!Number.isNaN(beforeTime) && !(Date.parse(activity) < beforeTime)) continue;
    entries.push({ chat, last, activity, counter, lastId: lastReadId(messages, userId) });
  }
  return entries.sort(
    (a, b) =>
      Date.parse(b.activity) - Date.parse(a.activity) ||
      (b.last?.id ?? 0) - (a.last?.id ?? 0) ||
      b.chat.id - a.chat.id,
  );
}

export const imRecentList: MethodDefinition = {
  name: 'im.recent.list',
  scopes: ['im'],
  handler: (params, ctx) => {
    const offset = Math.max(0, toInt(getParam(params, 'OFFSET')) ?? 0);
    const requested = toInt(getParam(params, 'LIMIT'));
    const limit = requested === undefined || requested < 1 ? DEFAULT_LIMIT : Math.min(requested, MAX_LIMIT);
    const entries = collectEntries(params, ctx);
    const page = entries.slice(offset, offset + limit);
    const hasMore = offset + limit < entries.length;
    return {
      result: {
        items: page.map((entry) => recentItem(ctx.state, entry, ctx.user.id, ctx.now())),
        hasMorePages: hasMore,
        hasMore,
        copilot: COPILOT_BLOCK,
        messagesAutoDeleteConfigs: [],
      },
      total: -1,
    };
  },
};
