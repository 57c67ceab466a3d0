/** Chats as the facade sees them, from the v1 `im.*` methods (snake_case, docs/bitrix24-contract.md §9). */

export type ChatRole = 'owner' | 'manager' | 'member' | 'guest' | 'none' | string;

export interface Chat {
  /** Set for a Telegram chat (`dialogId` "tg:..."); absent for Bitrix24. */
  backend?: 'tg';
  id: number;
  /** "chat<id>" for group chats */
  dialogId: string;
  name: string;
  description: string;
  /** the portal's chat type, e.g. "chat", "open", "crm" */
  type: string;
  ownerId: number;
  /** user_counter */
  memberCount: number;
  messageCount: number;
  /** lower case (the portal sends "owner" here but "MEMBER" in im.recent.list) */
  role: ChatRole;
  /** Whether the caller may post: text field enabled and the caller's role meets `permissions.can_post`. */
  canPost: boolean;
  entityType: string | null;
  entityId: string | null;
  lastMessageId: number | null;
  createdAt: string | null;
  avatarUrl: string | null;
  color: string | null;
}

export interface RecentMessage {
  id: number;
  text: string;
  authorId: number;
  date: string | null;
}

export interface RecentItem {
  /** always a string: "547" for a one-to-one dialog, "chat1317" for a chat */
  dialogId: string;
  chatId: number;
  title: string;
  type: 'user' | 'chat' | string;
  lastMessage: RecentMessage | null;
  /** unread counter */
  unreadCount: number;
  pinned: boolean;
  /** ISO date of the last update, the cursor for LAST_MESSAGE_DATE */
  dateUpdate: string | null;
  avatarUrl: string | null;
}

export interface RecentPage {
  /**
   * As the portal sent them. Pages of im.recent.list may overlap (docs/bitrix24-contract.md §2.4): de-duplicating by
   * `dialogId` across pages is the caller's job.
   */
  items: RecentItem[];
  hasMore: boolean;
}

export interface ListRecentOptions {
  offset?: number;
  /** default 50, max 200 */
  limit?: number;
  /** ATOM date of the last item of the previous page (cursor paging) */
  lastMessageDate?: string;
  skipOpenlines?: boolean;
  skipDialog?: boolean;
  skipChat?: boolean;
  unreadOnly?: boolean;
}
