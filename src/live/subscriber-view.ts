/**
 * One subscriber's view of a poll from a shared event, without a portal read per subscriber:
 * counts, totals and `finished` come from the event; everything that depends on who is asking
 * stays the subscriber's own (seeded by the read that authorised the subscription) and is replaced
 * only by an event of the subscriber's own mutation. That is the viewer part, the actions a backend
 * decides per caller (Telegram: only the author may close; a ballot is final in a quiz) and a
 * quiz's correct answers, which Telegram reveals to a caller only after their own vote or once the
 * quiz is closed: another user's vote must not reveal them. What depends on the poll's state is
 * derived again, by the portal's rules: a ballot can be cast while the poll runs and the user has
 * none; it can be changed or recalled while the poll runs if the poll allows revoting; nothing but
 * a reopen is possible on a closed poll.
 */
import type { Poll } from '../polls/index.js';
import type { PollResultsEvent } from './poll-results.event.js';

type PollActions = NonNullable<Poll['actions']>;

/** `own` is the subscriber's last view of the poll (the authorising read, then each event's result). */
export function subscriberView(event: PollResultsEvent, own: Poll, ownKey: string): Poll {
  if (event.actorKey === ownKey) return event.poll;
  const { poll } = event;
  const view: Poll = {
    ...poll,
    viewer: {
      ...own.viewer,
      canVote: !poll.finished && !own.viewer.hasVoted,
      canRevote: !poll.finished && poll.revoteAllowed,
    },
  };
  delete view.actions;
  if (own.actions) view.actions = ownActions(own.actions, poll.finished);
  if (!poll.finished && !revealed(own)) {
    view.questions = poll.questions.map((q) => ({
      ...q,
      answers: q.answers.map((a) => (a.correct == null ? a : { ...a, correct: null })),
    }));
    if (poll.quiz) view.quiz = { explanation: null };
  }
  return view;
}

/** A closed poll takes voting, recalling and closing away; the rest is the subscriber's. */
function ownActions(actions: PollActions, finished: boolean): PollActions {
  if (!finished) return actions;
  return { ...actions, vote: false, retract: false, close: false };
}

/** The subscriber already sees the quiz's correct answers (their own vote, or a close). */
function revealed(own: Poll): boolean {
  return own.questions.some((q) => q.answers.some((a) => a.correct != null));
}
