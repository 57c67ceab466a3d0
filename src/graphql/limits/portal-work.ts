/**
 * The facade's portal-work model for the cost limit (see query-limits.ts): which fields call the
 * portal, and how lists are batched. Every portal call spends the portal's request budget that all
 * users of a portal share (50 burst, then 2 per second on a standard plan), so one operation may
 * not buy many of them cheaply.
 *
 * A new query root field is charged a read by default (add it to FREE_ROOT_FIELDS only if it never
 * calls the portal); every mutation root field is charged a write. A new nested field that calls
 * the portal belongs in NESTED_CALLS.
 */
import type { PortalWorkModel } from './query-limits.js';

/** One portal call of a read: 100 of them fill the default cost limit (5000). */
export const PORTAL_READ_COST = 50;
/** A mutation: a write (not repeatable at will, often followed by a read-back). */
export const PORTAL_WRITE_COST = 250;

/** A Telegram Chat.polls page: one messages.search, and one more call for `min` results. */
export const TELEGRAM_CHAT_POLLS_CALLS = 2;

export const FACADE_PORTAL_WORK: PortalWorkModel = {
  readCost: PORTAL_READ_COST,
  writeCost: PORTAL_WRITE_COST,
  // `viewer` itself is known from the request (viewer.user is the call); `portal` is a cached probe.
  freeRootFields: new Set(['Query.viewer', 'Query.portal']),
  nestedCalls: new Set(['Viewer.user', 'Answer.voters', 'RecentChat.chat', 'Poll.chat']),
  // A page of Chat.polls reads the chat history up to 3 times (CHAT_POLLS_MAX_HISTORY_READS in
  // polls/chat-polls.model.ts) and its polls with one getMany: 4 calls, charged per chat.
  nestedCallCounts: new Map([['Chat.polls', 4]]),
  // A Telegram chat's page (chat(dialogId: "tg:...")) is one messages.search with the poll filter,
  // whose messages carry the polls and results; a poll whose results come back `min` is read again
  // with getPollResults: charged as one more call, not the Bitrix24 history reads.
  backendOfDialogId: (dialogId) => (dialogId.startsWith('tg:') ? 'tg' : undefined),
  backendCallCounts: new Map([['tg', new Map([['Chat.polls', TELEGRAM_CHAT_POLLS_CALLS]])]]),
  // vote.AttachedVote.getMany reads 50 polls per call; node refetches batch the same way.
  batchSizes: new Map([
    ['Query.polls', 50],
    ['Query.nodes', 50],
  ]),
};
