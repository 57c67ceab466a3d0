/**
 * One subscriber's change source over both poll backends: each watched poll goes to the source of
 * its own backend (Telegram polls carry `origin.backend: 'tg'`; the others are Bitrix24's), so the
 * Bitrix24 watcher never re-reads a Telegram message id at the portal, and Telegram polls are
 * listened for instead of read.
 */
import type { PollWatch } from '../live/index.js';

export function routePollWatch(sources: { bitrix24: PollWatch; telegram: PollWatch }): PollWatch {
  return {
    watch: (pollId, poll, end) =>
      (poll.origin?.backend === 'tg' ? sources.telegram : sources.bitrix24).watch(pollId, poll, end),
  };
}
