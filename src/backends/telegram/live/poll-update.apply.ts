/**
 * A pushed `updateMessagePoll` applied to a poll as the facade last knew it: the new counts per
 * answer (matched by option bytes), the total, and `finished` when the update carries the poll.
 * No read: the update is all there is. What it does not carry stays as it was (the question, the
 * answers' texts, quiz flags, the viewer part, which each subscriber keeps as its own anyway).
 *
 * `results.min`: Telegram marks results whose per-viewer flags (`chosen`, `correct`) are not this
 * session's; the counts in them are the poll's, so they are used, and the flags never are. An
 * update without counts (no `total_voters`, or a row without `voters`: results hidden from this
 * session) changes only `finished`, or nothing (null): the next update with counts brings them.
 */
import type { Poll } from '../../../polls/poll.model.js';
import { percentOf } from '../polls/poll.telegram.js';
import type { TelegramPollUpdate } from '../polls/poll-update.js';

function countsOf(update: TelegramPollUpdate): { total: number; byOption: Map<string, number> } | null {
  const results = update.results;
  if (results === null || results.totalVoters === null) return null;
  const byOption = new Map<string, number>();
  for (const row of results.rows) {
    if (row.voters === null) return null;
    byOption.set(row.optionId, row.voters);
  }
  return { total: results.totalVoters, byOption };
}

export function applyPollUpdate(base: Poll, update: TelegramPollUpdate): Poll | null {
  const counts = countsOf(update);
  const finished = update.closed ?? base.finished;
  if (counts === null && finished === base.finished) return null;
  const total = counts?.total ?? base.totalVotes;
  const questions =
    counts === null
      ? base.questions
      : base.questions.map((question) => ({
          ...question,
          totalVotes: total,
          answers: question.answers.map((answer) => {
            const votes = counts.byOption.get(answer.optionKey ?? '') ?? 0;
            return { ...answer, votes, percent: percentOf(votes, total) };
          }),
        }));
  const closedNow = finished && !base.finished;
  return {
    ...base,
    finished,
    totalVotes: total,
    questions,
    ...(closedNow && base.actions !== undefined
      ? { actions: { ...base.actions, vote: false, retract: false, close: false } }
      : {}),
  };
}
