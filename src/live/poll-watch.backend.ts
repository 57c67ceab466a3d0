/**
 * The port of a change source for polls whose upstream does not tell the facade about every
 * change (Bitrix24 pushes nothing for votes, so its watcher re-reads watched polls). The
 * composition root registers one per backend under POLL_WATCH; the factory gets the request's
 * context, so the source knows which credential authorised the subscriber. A backend whose
 * upstream pushes its changes (Telegram's updateMessagePoll) implements the same port by
 * listening instead of re-reading, and publishes through the same sink.
 */
import { backendKey } from '../graphql/backend-registry.js';
import type { Poll } from '../polls/index.js';

export interface PollWatch {
  /**
   * Starts watching `poll` (as the subscriber just read it, so it is the baseline a later change
   * is compared with) under its global id. The returned function stops this one watch; the poll
   * stays watched while any watch on it remains. `end`, when given, is called (at most once) when
   * the source can no longer watch the poll for this subscriber: the poll is gone or unreadable,
   * or the credential that authorised the subscriber has expired. The error says which; the
   * watch is over by then.
   */
  watch(pollId: string, poll: Poll, end?: (error: unknown) => void): () => void;
}

export const POLL_WATCH = backendKey<PollWatch>('pollWatch');

/** For backends whose changes all come through the facade's own mutations. */
export const NO_POLL_WATCH: PollWatch = { watch: () => () => undefined };

/**
 * What a subscriber sees change in a poll: counts, totals, finished (never a reader's own viewer
 * part). Every change source compares with it, so it publishes only what changed.
 */
export function resultsFingerprint(poll: Poll): string {
  return JSON.stringify([
    poll.finished,
    poll.totalVotes,
    poll.questions.map((q) => [q.id, q.totalVotes, q.answers.map((a) => [a.id, a.votes])]),
  ]);
}
