/**
 * What travels on the live-results bus: one poll's new state, keyed by its global id (Poll.id),
 * so the event is the same whatever backend the poll lives on. Plain JSON: with REDIS_URL it
 * crosses replicas through Redis.
 */
import type { Poll } from '../polls/index.js';

export type PollResultsSource = 'SNAPSHOT' | 'MUTATION' | 'WATCHER';

export interface PollResultsEvent {
  /** Poll.id (backend-prefixed global id). */
  readonly pollId: string;
  /**
   * The poll's shared aggregate (counts, totals, finished). Its `viewer` part is `actorKey`'s
   * own view (the identity whose mutation caused the event), or a reader's view for watcher
   * events; a subscriber only ever takes it over when the key is its own.
   */
  readonly poll: Poll;
  /** viewerKey() of the identity whose view `poll.viewer` is; absent for watcher reads. */
  readonly actorKey?: string;
  readonly source: PollResultsSource;
}
