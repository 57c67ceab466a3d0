/**
 * What a subscriber sees change in a poll: counts, totals, finished (never a reader's own viewer
 * part). Every change source compares with it, so it publishes only what changed.
 */
import type { Poll } from '../polls/index.js';

export function resultsFingerprint(poll: Poll): string {
  return JSON.stringify([
    poll.finished,
    poll.totalVotes,
    poll.questions.map((q) => [q.id, q.totalVotes, q.answers.map((a) => [a.id, a.votes])]),
  ]);
}
