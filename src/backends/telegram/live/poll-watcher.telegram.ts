/**
 * Live results of Telegram polls: Telegram pushes `updateMessagePoll` on a member's connection
 * whenever a poll's results change, so nothing is re-read. Each subscription listens on the
 * subscriber's own linked session (the one whose read just authorised it, so it receives the
 * updates of exactly the chats it may see), applies each update to the poll's shared state
 * (poll-update.apply.ts) and publishes it under Poll.id as a WATCHER event when the counts, total
 * or `finished` changed. Several subscribers of one poll (on one or several sessions) share that
 * state, so one change is published once however many connections receive it. A change made
 * through the facade is published by the mutation (MUTATION) and taken here as the new state,
 * so the push that follows it is not sent again; when the push arrives first, the subscriber
 * sees the same counts twice (a WATCHER, then the MUTATION that also carries the actor's view).
 *
 * Matching: an update names its message (peer, msg_id) and the poll's Telegram id. Telegram
 * leaves peer/msg_id out for channel subscribers; such an update is matched by the Telegram poll
 * id once an earlier update of the same poll has named both.
 *
 * A subscription that ends removes its listener; the connection drops its teleproto handler
 * with the last one.
 */
import type { Poll } from '../../../polls/poll.model.js';
import { resultsFingerprint, type PollWatch } from '../../../live/poll-watch.backend.js';
import type { TelegramAccess } from '../access/telegram-access.port.js';
import type { TelegramPollUpdate } from '../polls/poll-update.js';
import { applyPollUpdate } from './poll-update.apply.js';

export interface TelegramPollWatcherStats {
  /** pushed poll updates that matched a watched poll (one per listening subscription) */
  received: number;
  /** WATCHER events published */
  published: number;
  /** matched updates without counts or change to apply */
  skipped: number;
}

interface Watched {
  poll: Poll;
  fingerprint: string;
  watches: number;
  /** Telegram's poll id, learnt from the first update that named the message too */
  upstreamId?: string;
}

export class TelegramPollWatcher {
  readonly stats: TelegramPollWatcherStats = { received: 0, published: 0, skipped: 0 };
  private readonly polls = new Map<string, Watched>();
  private readonly stops = new Set<() => void>();
  private listening = 0;

  constructor(
    private readonly access: TelegramAccess,
    private readonly publish: (pollId: string, poll: Poll) => void,
  ) {}

  /** Telegram polls watched now. */
  get size(): number {
    return this.polls.size;
  }

  /** Update listeners registered on sessions now (one per watching subscription and poll). */
  get listeners(): number {
    return this.listening;
  }

  /** The change source for one subscriber: listens on the session linked to `linkKey`. */
  forLink(linkKey: string): PollWatch {
    return { watch: (pollId, poll) => this.watch(pollId, poll, linkKey) };
  }

  /** A change the facade made itself (already published): the new state, so it is not sent twice. */
  observed(pollId: string, poll: Poll): void {
    const entry = this.polls.get(pollId);
    if (entry === undefined) return;
    entry.poll = poll;
    entry.fingerprint = resultsFingerprint(poll);
  }

  close(): void {
    for (const stop of [...this.stops]) stop();
  }

  private watch(pollId: string, poll: Poll, linkKey: string): () => void {
    const origin = poll.origin;
    if (origin === undefined) return () => undefined;
    let entry = this.polls.get(pollId);
    if (entry === undefined) {
      entry = { poll, fingerprint: resultsFingerprint(poll), watches: 0 };
      this.polls.set(pollId, entry);
    }
    entry.watches += 1;
    let stopped = false;
    let unlisten: (() => void) | undefined;
    const stop = (): void => {
      if (stopped) return;
      stopped = true;
      this.stops.delete(stop);
      if (unlisten !== undefined) {
        unlisten();
        this.listening -= 1;
      }
      const current = this.polls.get(pollId);
      if (current === undefined) return;
      current.watches -= 1;
      if (current.watches <= 0) this.polls.delete(pollId);
    };
    this.stops.add(stop);
    // The session is already connected: the subscription's read went through it.
    void this.access
      .actorFor(linkKey)
      .then((actor) => {
        if (stopped || actor?.updates === undefined) return;
        unlisten = actor.updates.onPollUpdate((update) => this.received(pollId, origin, update));
        this.listening += 1;
      })
      .catch(() => undefined);
    return stop;
  }

  private received(
    pollId: string,
    origin: { dialogId: string; messageId: number },
    update: TelegramPollUpdate,
  ): void {
    const entry = this.polls.get(pollId);
    if (entry === undefined) return;
    const named = update.dialogId !== null && update.msgId !== null;
    const matches = named
      ? update.dialogId === origin.dialogId && update.msgId === origin.messageId
      : entry.upstreamId === update.pollId;
    if (!matches) return;
    if (named) entry.upstreamId = update.pollId;
    this.stats.received += 1;
    const next = applyPollUpdate(entry.poll, update);
    const fingerprint = next === null ? entry.fingerprint : resultsFingerprint(next);
    if (next === null || fingerprint === entry.fingerprint) {
      this.stats.skipped += 1;
      return;
    }
    entry.poll = next;
    entry.fingerprint = fingerprint;
    this.stats.published += 1;
    this.publish(pollId, next);
  }
}
