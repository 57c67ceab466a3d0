/**
 * `im.dialog.get`, `im.chat.get`, `im.recent.list` → clean Chat / RecentItem objects, and
 * `im.chat.user.add` (docs/bitrix24-contract.md §9).
 */
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import type { Chat, ListRecentOptions, RecentItem, RecentPage } from '../../../chats/chat.model.js';

type Raw = Record<string, unknown>;

function obj(value: unknown): Raw {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Raw) : {};
}
function int(value: unknown): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : 0;
}
function intOrNull(value: unknown): number | null {
  return value === null || value === undefined || value === '' ? null : int(value);
}
function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
function textOrNull(value: unknown): string | null {
  const t = text(value);
  return t === '' ? null : t;
}

const RANK: Record<string, number> = { none: 0, guest: 0, member: 1, manager: 2, owner: 3 };

/** `permissions.can_post` is the lowest role allowed to post; `text_field_enabled` may close the chat. */
function canPost(role: string, dialog: Raw): boolean {
  const textField = dialog.text_field_enabled;
  if (textField === false || textField === 'N') return false;
  const needed = text(obj(dialog.permissions).can_post).toLowerCase() || 'member';
  return (RANK[role] ?? 0) >= (RANK[needed] ?? 1);
}

export function normalizeDialog(raw: Raw, requestedDialogId: string): Chat {
  const id = int(raw.id);
  const role = text(raw.role).toLowerCase() || 'none';
  return {
    id,
    dialogId: text(raw.dialog_id) || requestedDialogId || `chat${id}`,
    name: text(raw.name),
    description: text(raw.description),
    type: text(raw.type),
    ownerId: int(raw.owner),
    memberCount: int(raw.user_counter),
    messageCount: int(raw.message_count),
    role,
    canPost: canPost(role, raw),
    entityType: textOrNull(raw.entity_type),
    entityId: textOrNull(raw.entity_id),
    lastMessageId: intOrNull(raw.last_message_id),
    createdAt: textOrNull(raw.date_create),
    avatarUrl: textOrNull(raw.avatar),
    color: textOrNull(raw.color),
  };
}

export async function getDialog(
  caller: PortalCaller,
  credential: PortalCredential,
  dialogId: string,
): Promise<Chat> {
  const { result } = await caller.call<Raw>('im.dialog.get', { DIALOG_ID: dialogId }, credential);
  return normalizeDialog(obj(result), dialogId);
}

/** The chat bound to an external entity (CRM deal, Open Channel...), or null: the portal answers `null`. */
export async function findChat(
  caller: PortalCaller,
  credential: PortalCredential,
  entityType: string,
  entityId: string,
): Promise<{ chatId: number } | null> {
  const { result } = await caller.call<Raw | null>(
    'im.chat.get',
    { ENTITY_TYPE: entityType, ENTITY_ID: entityId },
    credential,
  );
  const id = result && typeof result === 'object' ? intOrNull((result as Raw).ID) : null;
  return id ? { chatId: id } : null;
}

/**
 * Adds users (bots are users) to a group chat as the caller, who must be a member. The portal
 * silently skips ids that are not users and still answers success.
 */
export async function addChatUsers(
  caller: PortalCaller,
  credential: PortalCredential,
  chatId: number,
  userIds: readonly number[],
): Promise<void> {
  await caller.call('im.chat.user.add', { CHAT_ID: chatId, USERS: [...userIds] }, credential);
}

export function normalizeRecentItem(raw: Raw): RecentItem {
  const message = raw.message && typeof raw.message === 'object' ? obj(raw.message) : null;
  const avatar = obj(raw.avatar);
  return {
    // 547 (number) for a one-to-one dialog, "chat1317" for a chat: always a string here.
    dialogId: text(raw.id),
    chatId: int(raw.chat_id),
    title: text(raw.title),
    type: text(raw.type),
    lastMessage: message
      ? {
          id: int(message.id),
          text: text(message.text),
          authorId: int(message.author_id),
          date: textOrNull(message.date),
        }
      : null,
    unreadCount: int(raw.counter),
    pinned: raw.pinned === true,
    dateUpdate: textOrNull(raw.date_update),
    avatarUrl: textOrNull(avatar.url),
  };
}

const yn = (flag: boolean): 'Y' | 'N' => (flag ? 'Y' : 'N');

export async function listRecent(
  caller: PortalCaller,
  credential: PortalCredential,
  options: ListRecentOptions = {},
): Promise<RecentPage> {
  const params: Record<string, unknown> = {};
  if (options.offset !== undefined) params.OFFSET = options.offset;
  if (options.limit !== undefined) params.LIMIT = options.limit;
  if (options.lastMessageDate !== undefined) params.LAST_MESSAGE_DATE = options.lastMessageDate;
  if (options.skipOpenlines !== undefined) params.SKIP_OPENLINES = yn(options.skipOpenlines);
  if (options.skipDialog !== undefined) params.SKIP_DIALOG = yn(options.skipDialog);
  if (options.skipChat !== undefined) params.SKIP_CHAT = yn(options.skipChat);
  if (options.unreadOnly !== undefined) params.UNREAD_ONLY = yn(options.unreadOnly);
  const { result } = await caller.call<Raw>('im.recent.list', params, credential);
  const body = obj(result);
  const rawItems = Array.isArray(body.items) ? body.items : Object.values(obj(body.items));
  return {
    items: rawItems.map((item) => normalizeRecentItem(obj(item))),
    hasMore: body.hasMore === true || (body.hasMore === undefined && body.hasMorePages === true),
  };
}
