/**
 * The live-results hub of one facade process: turns the poll mutations' announcements into bus
 * events (PollChangeSink), and opens one subscriber's stream of events for a set of polls, each
 * shown as that subscriber sees it (subscriber-view.ts).
 */
import { Repeater } from '@graphql-yoga/subscription';
import { pollIdOf, viewerKey, type Poll, type PollChangeSink } from '../polls/index.js';
import type { LiveBus } from './live-bus.js';
import type { PollResultsEvent, PollResultsSource } from './poll-results.event.js';
import type { PollWatch } from './poll-watch.backend.js';
import { subscriberView } from './subscriber-view.js';

export interface SubscriberUpdate {
  readonly poll: Poll;
  readonly source: PollResultsSource;
  /**
   * The change source ended this subscription (a poll gone, the subscriber's token expired): the
   * resolver raises it as the subscription's last result, then the stream ends.
   */
  readonly end?: unknown;
}

export interface LiveStats {
  /** subscriptions open in this process */
  subscriptions: number;
  /** events published by this process */
  published: number;
  /** events pushed to this process's subscribers, per source */
  delivered: Record<PollResultsSource, number>;
}

/** Poll.id of a domain poll (the one rule for bus topics). */
/** Events are keyed by Poll.id, whatever the backend. */
export { pollIdOf };

export class PollResultsHub implements PollChangeSink {
  readonly stats: LiveStats = {
    subscriptions: 0,
    published: 0,
    delivered: { SNAPSHOT: 0, MUTATION: 0, WATCHER: 0 },
  };

  /** `onChanged`: told of every change this process made (the watcher takes it as its new baseline). */
  constructor(
    private readonly bus: LiveBus,
    private readonly onChanged?: (pollId: string, poll: Poll) => void,
  ) {}

  changed(poll: Poll, actorSubject: string): void {
    const pollId = pollIdOf(poll);
    this.onChanged?.(pollId, poll);
    this.publish({ pollId, poll, actorKey: viewerKey(actorSubject), source: 'MUTATION' });
  }

  publish(event: PollResultsEvent): void {
    this.stats.published += 1;
    this.bus.publish(event);
  }

  /**
   * The stream for one subscription over `polls` (already read, so authorised, as `subject`
   * sees them). It starts with each poll's current state (SNAPSHOT), then every change. Nothing is
   * held until the client starts reading, and everything is let go when it stops.
   */
  open(polls: readonly Poll[], subject: string, watch: PollWatch): AsyncIterable<SubscriberUpdate> {
    const ownKey = viewerKey(subject);
    // The subscriber's last view of each poll: its per-caller parts outlive other users' events.
    const own = new Map<string, Poll>(polls.map((poll) => [pollIdOf(poll), poll]));
    const stats = this.stats;
    const { pubSub } = this.bus;
    return new Repeater<SubscriberUpdate>(async (push, stop) => {
      stats.subscriptions += 1;
      const events = Repeater.merge([...own.keys()].map((id) => pubSub.subscribe('pollResults', id)));
      let ended: ((error: unknown) => void) | undefined;
      const endedBy = new Promise<{ end: unknown }>((resolve) => {
        ended = (error) => resolve({ end: error });
      });
      const unwatch = polls.map((poll) => watch.watch(pollIdOf(poll), poll, (error) => ended?.(error)));
      try {
        for (const poll of polls) {
          stats.delivered.SNAPSHOT += 1;
          await push({ poll, source: 'SNAPSHOT' });
        }
        const done = stop.then(() => ({ done: true as const, value: undefined }));
        for (;;) {
          const next = await Promise.race([events.next(), done, endedBy]);
          if ('end' in next) {
            await push({ poll: polls[0] as Poll, source: 'WATCHER', end: next.end });
            break;
          }
          if (next.done === true) break;
          const event = next.value;
          const mine = own.get(event.pollId);
          if (mine === undefined) continue;
          const poll = subscriberView(event, mine, ownKey);
          own.set(event.pollId, poll);
          stats.delivered[event.source] += 1;
          await push({ poll, source: event.source });
        }
      } finally {
        stats.subscriptions -= 1;
        for (const stopWatching of unwatch) stopWatching();
        await events.return(undefined);
        stop();
      }
    });
  }
}
