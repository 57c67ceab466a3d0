/**
 * One subscriber's view of a poll from a shared event, without a portal read per subscriber:
 * counts, totals and `finished` come from the event; the viewer part stays the subscriber's own
 * (seeded by the read that authorised the subscription) and is replaced only by an event of the
 * subscriber's own mutation. What depends on the poll's state is derived again, by the portal's
 * rules: a ballot can be cast while the poll runs and the user has none; it can be changed or
 * recalled while the poll runs if the poll allows revoting.
 */
import type { Poll, PollViewer } from '../polls/index.js';
import type { PollResultsEvent } from './poll-results.event.js';

export function subscriberView(event: PollResultsEvent, own: PollViewer, ownKey: string): Poll {
  if (event.actorKey === ownKey) return event.poll;
  const { poll } = event;
  return {
    ...poll,
    viewer: {
      ...own,
      canVote: !poll.finished && !own.hasVoted,
      canRevote: !poll.finished && poll.revoteAllowed,
    },
  };
}
