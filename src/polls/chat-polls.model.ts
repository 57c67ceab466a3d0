/**
 * A chat's polls, newest first, as a poll backend reads them from the chat's history (the port
 * method `PollBackend.chatPolls`). Backend-neutral: Bitrix24 pages `im.dialog.messages.get` and
 * reads the polls with one getMany per page; Telegram pages messages.search with the poll filter,
 * whose messages carry their polls and results. Positions are message ids: a page holds the polls of messages older
 * than `before`.
 */
import type { Poll } from './poll.model.js';

/** Most polls one page may hold (Bitrix24: one getMany reads at most 50). */
export const MAX_CHAT_POLLS_PAGE = 50;

/**
 * Most history reads one page may make while looking for `first` polls. A chat whose recent
 * messages hold few polls ends the page early (with `hasNextPage` and a cursor to go on from),
 * so one page never costs more than this many reads plus the poll reads of the page.
 */
export const CHAT_POLLS_MAX_HISTORY_READS = 3;

export interface ChatPollsRequest {
  /** The chat as the backend addresses it (Bitrix24: a dialog id such as "chat1"). */
  readonly dialogId: string;
  /** 1..MAX_CHAT_POLLS_PAGE */
  readonly first: number;
  /** Only polls in messages older than this message id; null for the newest. */
  readonly before: number | null;
}

/** Who posted the poll message, as the history names them. */
export interface ChatPollAuthor {
  /** Set for a Telegram user (userId is then a Telegram user id); absent for a portal user. */
  readonly backend?: 'tg';
  readonly userId: number;
  readonly name: string;
  readonly avatarUrl: string | null;
  readonly workPosition: string | null;
}

/** Where a poll lives and who posted it: known when the poll was reached through its chat. */
export interface PollOrigin {
  readonly chatId: number;
  readonly dialogId: string;
  readonly messageId: number;
  /** null for a system message or an author the history does not name */
  readonly author: ChatPollAuthor | null;
}

export interface ChatPoll {
  readonly poll: Poll;
  readonly origin: PollOrigin;
}

export interface ChatPollsPage {
  /** newest first */
  readonly items: readonly ChatPoll[];
  readonly hasNextPage: boolean;
  /** Where the next page starts (`before` of the next request); null when there is none. */
  readonly nextBefore: number | null;
}
