/**
 * The other direction of a Telegram connection: updates the server pushes on it (teleproto's update
 * loop reads them). Only the poll backend's live watcher listens; what it gets is the plain
 * TelegramPollUpdate (polls/poll-update.ts), so no TL class reaches the live-results layer.
 */
import type { TelegramPollUpdate } from '../polls/poll-update.js';

export interface TelegramPollUpdates {
  /**
   * Calls `listener` with every `updateMessagePoll` pushed on this connection, until the returned
   * function is called. The connection holds one teleproto handler while any listener is left, and
   * none once the last one stops.
   */
  onPollUpdate(listener: (update: TelegramPollUpdate) => void): () => void;
  /** Listeners registered now (tests, metrics). */
  readonly pollUpdateListeners: number;
}

/** The connection's poll updates, when it can listen (a TeleprotoInvoker can; a fake cannot). */
export function pollUpdatesOf(connection: object): TelegramPollUpdates | undefined {
  return typeof (connection as Partial<TelegramPollUpdates>).onPollUpdate === 'function'
    ? (connection as TelegramPollUpdates)
    : undefined;
}
