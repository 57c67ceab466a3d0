/**
 * The Bitrix24 live-results watcher: the portal pushes nothing when someone votes, so ONE watcher
 * per portal re-reads the polls someone is subscribed to and publishes only what changed.
 *
 * Cost: per tick, the watched polls are read with `vote.AttachedVote.getMany` (50 polls per
 * command) inside `batch` requests (50 commands each), so a tick costs ceil(watched / 2,500)
 * requests per reading credential. Every request goes in the pacer's background class: only while
 * the portal's bucket has more than the reserve free, never waiting, never delaying an
 * interactive call. The tick backs off (doubling up to the maximum interval) while nothing
 * changes, returns to the base interval on a change or a new watch, and stops while nothing is
 * watched.
 *
 * Which credential reads: a subscriber's own, the one whose read just authorised the subscription
 * (it can see the poll; the webhook or the application's token might not, and using them would
 * let a subscriber learn about polls through someone else's rights). All identities of webhook
 * mode share the webhook, so there it is one credential; with OAuth users the polls are grouped
 * by the credential that watches the most of them, so most ticks still need one group. When a
 * reader's subscription ends, another watcher of the poll takes over.
 *
 * Failures that concern one poll or one reader stay theirs:
 *  - A deleted or unreadable poll fails its whole getMany command. That chunk is then read again
 *    in the same tick as ONE `batch` of `vote.AttachedVote.get` (where each poll fails on its
 *    own), so the other polls of the chunk still refresh. A poll the portal says is gone or
 *    hidden is no longer watched, and each of its subscriptions ends with that error (the
 *    client learns why, and can subscribe again without it).
 *  - A reading credential whose token has expired: its subscriptions end with TOKEN_EXPIRED (the
 *    WebSocket layer then closes their sockets with 4401, and the client reconnects with a fresh
 *    token), it stops being a reader, and in the same tick the polls it read are read again with
 *    another subscriber's credential, if any other watches them.
 */
import { callBatch, MAX_BATCH_COMMANDS, type BatchCommand } from '../batch.js';
import { credentialOrigin, type PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import { credentialKeyOf } from '../traffic/credential-keys.js';
import { isExpiredToken } from '../errors.js';
import { isUnreadablePoll } from '../polls/poll.loader.js';
import { normalizeAttach, phpMapValues } from '../polls/poll.normalize.js';
import { IM_ENTITY_TYPE, IM_MODULE_ID, MAX_GET_MANY, pollRefParams } from '../polls/poll.portal.js';
import type { Poll, PhpMap, RawAttach } from '../../../polls/poll.model.js';
import { resultsFingerprint, type PollWatch } from '../../../live/poll-watch.backend.js';
import type { WatchCoordinator } from './watch-coordinator.js';

export interface PollWatcherOptions {
  intervalMs: number;
  maxIntervalMs: number;
  /** Burst slots left to interactive calls (the pacer's background reserve). */
  reserve: number;
  /**
   * Replicas (REDIS_URL): only the lease holder reads, and it reads what every replica's
   * subscribers watch. Without it this process is the only watcher.
   */
  coordinator?: WatchCoordinator;
}

export interface PollWatcherStats {
  ticks: number;
  /** `batch` requests sent */
  requests: number;
  /** polls published because they changed */
  published: number;
  /** requests the pacer deferred (the portal had no room beyond the reserve) */
  deferred: number;
  failed: number;
  /** ticks on which another replica held the lease (nothing read here) */
  followed: number;
  /** chunks read again poll by poll because one of their polls failed the getMany */
  isolated: number;
  /** polls dropped because the portal said they are gone or unreadable */
  gone: number;
  /** reading credentials dropped because their token expired */
  expired: number;
}

interface Reader {
  credential: PortalCredential;
  count: number;
  /** how to end each of this reader's watches that asked to be told */
  ends: Set<(error: unknown) => void>;
}

interface Watched {
  messageId: number;
  fingerprint: string;
  readers: Map<string, Reader>;
}

/** The one fingerprint rule of every change source (kept importable from here). */
export { resultsFingerprint };

export class Bitrix24PollWatcher {
  readonly stats: PollWatcherStats = {
    ticks: 0,
    requests: 0,
    published: 0,
    deferred: 0,
    failed: 0,
    followed: 0,
    isolated: 0,
    gone: 0,
    expired: 0,
  };
  private readonly watched = new Map<string, Watched>();
  /** Lease holder: what other replicas' subscribers watch, with the baseline read here. */
  private readonly foreign = new Map<string, Watched>();
  private timer: NodeJS.Timeout | undefined;
  private interval: number;
  private running = false;
  private closed = false;

  constructor(
    private readonly caller: PortalCaller,
    private readonly publish: (pollId: string, poll: Poll) => void,
    private readonly options: PollWatcherOptions,
  ) {
    this.interval = options.intervalMs;
  }

  /** Polls watched now (for tests and metrics). */
  get size(): number {
    return this.watched.size;
  }

  /** The change source for one subscriber, reading with that subscriber's credential. */
  forCaller(credential: PortalCredential): PollWatch {
    return { watch: (pollId, poll, end) => this.watch(pollId, poll, credential, end) };
  }

  /** A change the facade made itself (already published): the new baseline, so it is not sent twice. */
  observed(pollId: string, poll: Poll): void {
    const entry = this.watched.get(pollId);
    if (entry !== undefined) entry.fingerprint = resultsFingerprint(poll);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.options.coordinator?.close();
  }

  /** Starts the heartbeat loop (replicas only: the lease holder must tick even with no local watch). */
  start(): void {
    this.schedule();
  }

  private watch(
    pollId: string,
    poll: Poll,
    credential: PortalCredential,
    end?: (error: unknown) => void,
  ): () => void {
    const key = credentialKeyOf(credential);
    let entry = this.watched.get(pollId);
    if (entry === undefined) {
      entry = { messageId: poll.messageId, fingerprint: resultsFingerprint(poll), readers: new Map() };
      this.watched.set(pollId, entry);
    }
    const reader = entry.readers.get(key) ?? { credential, count: 0, ends: new Set() };
    reader.count += 1;
    if (end !== undefined) reader.ends.add(end);
    entry.readers.set(key, reader);
    this.interval = this.options.intervalMs;
    this.schedule();
    let stopped = false;
    return () => {
      if (stopped) return;
      stopped = true;
      const current = this.watched.get(pollId);
      const held = current?.readers.get(key);
      if (current === undefined || held === undefined) return;
      held.count -= 1;
      if (end !== undefined) held.ends.delete(end);
      if (held.count <= 0) current.readers.delete(key);
      if (current.readers.size === 0) this.watched.delete(pollId);
      if (this.watched.size === 0 && this.timer !== undefined && this.options.coordinator === undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
      }
    };
  }

  private schedule(): void {
    if (this.closed || this.running || this.timer !== undefined) return;
    if (this.watched.size === 0 && this.options.coordinator === undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, this.interval);
    this.timer.unref();
  }

  /** One pass over every watched poll. Public for tests that drive ticks themselves. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    let changed = false;
    try {
      const all = await this.toRead();
      if (all.size > 0) {
        this.stats.ticks += 1;
        let pending = this.groups(all);
        // A group whose credential expired is handed to the other readers of its polls, in this
        // tick; each round drops one credential at least, so this ends.
        while (pending.size > 0) {
          const retry = new Map<string, Watched>();
          for (const [credential, ids] of pending) {
            const read = await this.readGroup(credential, ids, all);
            changed = read.changed || changed;
            for (const id of read.unread) {
              const entry = all.get(id);
              if (entry !== undefined && entry.readers.size > 0) retry.set(id, entry);
            }
          }
          pending = this.groups(retry);
        }
      }
    } catch {
      this.stats.failed += 1; // Redis unreachable: try again next tick
    } finally {
      this.running = false;
    }
    this.interval = changed
      ? this.options.intervalMs
      : Math.min(this.options.maxIntervalMs, this.interval * 2);
    this.schedule();
  }

  /** The polls this tick reads: the local ones, and with replicas all of them, or none without the lease. */
  private async toRead(): Promise<Map<string, Watched>> {
    const coordinator = this.options.coordinator;
    if (coordinator === undefined) return this.watched;
    await coordinator.share(
      [...this.watched].flatMap(([pollId, entry]) => {
        const reader = entry.readers.values().next().value;
        return reader === undefined
          ? []
          : [
              {
                pollId,
                messageId: entry.messageId,
                fingerprint: entry.fingerprint,
                credential: reader.credential,
              },
            ];
      }),
    );
    if (!(await coordinator.lead())) {
      this.foreign.clear();
      if (this.watched.size > 0) this.stats.followed += 1;
      return new Map();
    }
    const seen = new Set<string>();
    for (const shared of await coordinator.others()) {
      if (this.watched.has(shared.pollId)) continue;
      seen.add(shared.pollId);
      const entry = this.foreign.get(shared.pollId) ?? {
        messageId: shared.messageId,
        fingerprint: shared.fingerprint,
        readers: new Map<string, Reader>(),
      };
      entry.readers.set(credentialKeyOf(shared.credential), {
        credential: shared.credential,
        count: 1,
        ends: new Set(),
      });
      this.foreign.set(shared.pollId, entry);
    }
    for (const pollId of this.foreign.keys()) if (!seen.has(pollId)) this.foreign.delete(pollId);
    return new Map([...this.watched, ...this.foreign]);
  }

  /** Each watched poll to one reading credential: the credentials that watch most polls first. */
  private groups(all: ReadonlyMap<string, Watched>): Map<PortalCredential, string[]> {
    const coverage = new Map<string, { credential: PortalCredential; n: number }>();
    for (const entry of all.values()) {
      for (const [key, reader] of entry.readers) {
        const seen = coverage.get(key) ?? { credential: reader.credential, n: 0 };
        seen.n += 1;
        coverage.set(key, seen);
      }
    }
    const order = [...coverage.entries()].sort((a, b) => b[1].n - a[1].n);
    const groups = new Map<PortalCredential, string[]>();
    for (const [pollId, entry] of all) {
      const chosen = order.find(([key]) => entry.readers.has(key));
      if (chosen === undefined) continue;
      const list = groups.get(chosen[1].credential) ?? [];
      list.push(pollId);
      groups.set(chosen[1].credential, list);
    }
    return groups;
  }

  /**
   * Reads one credential's polls. `unread`: polls to read again with another credential in this
   * tick (this one's token expired).
   */
  private async readGroup(
    credential: PortalCredential,
    pollIds: readonly string[],
    all: ReadonlyMap<string, Watched>,
  ): Promise<{ changed: boolean; unread: string[] }> {
    const byMessage = new Map<number, string>();
    for (const id of pollIds) {
      const entry = all.get(id);
      if (entry !== undefined) byMessage.set(entry.messageId, id);
    }
    const messageIds = [...byMessage.keys()];
    const perRequest = MAX_GET_MANY * MAX_BATCH_COMMANDS;
    let changed = false;
    for (let start = 0; start < messageIds.length; start += perRequest) {
      const slice = messageIds.slice(start, start + perRequest);
      const commands: Record<string, BatchCommand> = {};
      const chunks: number[][] = [];
      for (let i = 0; i * MAX_GET_MANY < slice.length; i++) {
        const chunk = slice.slice(i * MAX_GET_MANY, (i + 1) * MAX_GET_MANY);
        chunks.push(chunk);
        commands[`g${i}`] = {
          method: 'vote.AttachedVote.getMany',
          params: { moduleId: IM_MODULE_ID, entityType: IM_ENTITY_TYPE, entityIds: chunk },
        };
      }
      let outcomes;
      try {
        outcomes = await this.background(commands, credential);
      } catch (error) {
        if (isExpiredToken(error)) {
          this.expire(credential, error, all);
          return { changed, unread: pollIds.filter((id) => all.get(id) !== undefined) };
        }
        return { changed, unread: [] }; // the next tick tries again
      }
      const isolate: number[] = [];
      for (const [key, outcome] of Object.entries(outcomes)) {
        if (outcome.ok) {
          const items = (outcome.result as { items?: PhpMap<RawAttach> }).items ?? [];
          for (const raw of phpMapValues(items))
            changed = this.seen(raw, credential, byMessage, all) || changed;
        } else if (isUnreadablePoll(outcome.error)) {
          isolate.push(...(chunks[Number(key.slice(1))] ?? []));
        }
        // any other failed command: its polls wait for the next tick
      }
      if (isolate.length > 0) {
        const isolated = await this.isolate(isolate, credential, byMessage, all);
        changed = isolated || changed;
      }
    }
    return { changed, unread: [] };
  }

  /**
   * A chunk that one bad poll failed, read again as one `batch` of `get`s (each poll fails on its
   * own there): the others refresh; a poll the portal says is gone or hidden ends its watches.
   */
  private async isolate(
    messageIds: readonly number[],
    credential: PortalCredential,
    byMessage: ReadonlyMap<number, string>,
    all: ReadonlyMap<string, Watched>,
  ): Promise<boolean> {
    this.stats.isolated += 1;
    const commands: Record<string, BatchCommand> = {};
    messageIds.forEach((messageId, i) => {
      commands[`p${i}`] = { method: 'vote.AttachedVote.get', params: pollRefParams({ messageId }) };
    });
    let outcomes;
    try {
      outcomes = await this.background(commands, credential);
    } catch (error) {
      if (isExpiredToken(error)) this.expire(credential, error, all);
      return false;
    }
    let changed = false;
    messageIds.forEach((messageId, i) => {
      const outcome = outcomes[`p${i}`];
      if (outcome === undefined) return;
      if (outcome.ok) {
        const raw = (outcome.result as { attach: RawAttach }).attach;
        changed = this.seen(raw, credential, byMessage, all) || changed;
      } else if (isUnreadablePoll(outcome.error)) {
        const pollId = byMessage.get(messageId);
        if (pollId !== undefined) this.gone(pollId, outcome.error, all);
      }
    });
    return changed;
  }

  /** One `batch` in the pacer's background class, counted. */
  private async background(
    commands: Record<string, BatchCommand>,
    credential: PortalCredential,
  ): ReturnType<typeof callBatch<string>> {
    this.stats.requests += 1;
    try {
      return await callBatch(this.caller, commands, credential, {
        background: { reserve: this.options.reserve },
      });
    } catch (error) {
      if ((error as { reason?: unknown }).reason === 'BACKGROUND_DEFERRED') this.stats.deferred += 1;
      else this.stats.failed += 1;
      throw error;
    }
  }

  /** A poll as read now: published when its results changed. */
  private seen(
    raw: RawAttach,
    credential: PortalCredential,
    byMessage: ReadonlyMap<number, string>,
    all: ReadonlyMap<string, Watched>,
  ): boolean {
    const poll = normalizeAttach(raw, credentialOrigin(credential));
    const pollId = byMessage.get(poll.messageId);
    const entry = pollId === undefined ? undefined : all.get(pollId);
    if (pollId === undefined || entry === undefined) return false;
    const fingerprint = resultsFingerprint(poll);
    if (fingerprint === entry.fingerprint) return false;
    entry.fingerprint = fingerprint;
    this.stats.published += 1;
    this.publish(pollId, poll);
    return true;
  }

  /** The portal says the poll is gone or hidden: it is no longer watched, and its watches end. */
  private gone(pollId: string, error: unknown, all: ReadonlyMap<string, Watched>): void {
    this.stats.gone += 1;
    const entry = all.get(pollId);
    this.watched.delete(pollId);
    this.foreign.delete(pollId);
    for (const reader of entry?.readers.values() ?? []) for (const end of [...reader.ends]) end(error);
  }

  /** The credential's token expired: it reads nothing more, and its own watches end. */
  private expire(credential: PortalCredential, error: unknown, all: ReadonlyMap<string, Watched>): void {
    this.stats.expired += 1;
    const key = credentialKeyOf(credential);
    for (const [pollId, entry] of all) {
      const reader = entry.readers.get(key);
      if (reader === undefined) continue;
      entry.readers.delete(key);
      for (const end of [...reader.ends]) end(error);
      if (entry.readers.size === 0) {
        this.watched.delete(pollId);
        this.foreign.delete(pollId);
      }
    }
  }
}
