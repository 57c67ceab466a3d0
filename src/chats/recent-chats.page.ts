/** One page of `recentChats`: read `im.recent.list` at the cursor's offset, drop what was delivered before. */
import type { ChatDirectoryBackend } from './chat.backend.js';
import type { RecentItem } from './chat.model.js';
import { encodeRecentCursor, type RecentCursor } from './recent-cursor.js';

/** `im.recent.list` reads at most 200 entries per call (docs/bitrix24-contract.md §9.3); `first` is bounded to that. */
export const MAX_RECENT_PAGE = 200;
export const DEFAULT_RECENT_PAGE = 20;

export interface RecentEdge {
  cursor: string;
  item: RecentItem;
}

export interface RecentChatsPage {
  edges: RecentEdge[];
  hasNextPage: boolean;
  endCursor: string | null;
}

function activityTime(item: RecentItem): number | null {
  const time = item.dateUpdate === null ? NaN : Date.parse(item.dateUpdate);
  return Number.isNaN(time) ? null : time;
}

/** Whether an entry was delivered by an earlier page (see recent-cursor.ts for why this rule holds). */
function deliveredBefore(from: RecentCursor, dialogId: string, time: number | null): boolean {
  if (from.tied.includes(dialogId)) return true;
  return from.lastTime !== null && time !== null && time > from.lastTime;
}

/** Pure: the edges of one portal page read at `from.offset`. */
export function pageFromItems(
  items: readonly RecentItem[],
  hasMore: boolean,
  from: RecentCursor,
): RecentChatsPage {
  const seen = new Set<string>();
  let lastTime = from.lastTime;
  let tied = [...from.tied];
  const edges: RecentEdge[] = [];
  items.forEach((item, index) => {
    const time = activityTime(item);
    const duplicate = seen.has(item.dialogId) || deliveredBefore(from, item.dialogId, time);
    seen.add(item.dialogId);
    if (duplicate) return;
    if (time !== null && time !== lastTime) {
      lastTime = time;
      tied = [];
    }
    tied.push(item.dialogId);
    edges.push({ item, cursor: encodeRecentCursor({ offset: from.offset + index + 1, lastTime, tied }) });
  });
  const endCursor =
    items.length > 0 ? encodeRecentCursor({ offset: from.offset + items.length, lastTime, tied }) : null;
  return { edges, hasNextPage: hasMore, endCursor };
}

export async function readRecentChats(
  chats: Pick<ChatDirectoryBackend, 'recent'>,
  first: number,
  from: RecentCursor,
): Promise<RecentChatsPage> {
  const page = await chats.recent({ offset: from.offset, limit: first });
  return pageFromItems(page.items, page.hasMore, from);
}
