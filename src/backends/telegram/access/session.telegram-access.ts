/**
 * TelegramAccess over a session store: the caller's link key names a stored session string; the first
 * call connects one invoker for that session (concurrent first calls share the connect), asks the
 * server once whether the account is a bot (users.getUsers with inputUserSelf), and wraps the
 * connection in its own flood gate, so a flood wait holds back only that session's calls. A
 * connection that reports itself dropped (or a connect that failed) is forgotten and made again on
 * the next call. Session strings never leave this file except to the connector: the cache is keyed
 * by a hash of the session, and no error or log line carries it.
 */
import { createHash } from 'node:crypto';
import { Api } from 'teleproto';
import { FloodGateInvoker } from '../invoker/flood-gate.invoker.js';
import type { TelegramInvoker } from '../invoker/telegram-invoker.port.js';
import { pollUpdatesOf } from '../invoker/telegram-updates.port.js';
import { TelegramPolls } from '../polls/telegram-polls.client.js';
import type { TelegramSessionStore } from '../sessions/session-store.port.js';
import type { TelegramAccess, TelegramActor } from './telegram-access.port.js';

/** One open connection as a session: an invoker that can tell it has been dropped, and close. */
export interface SessionConnection extends TelegramInvoker {
  /** false once the connection is gone for good (the next actorFor connects again). */
  readonly alive: boolean;
  close(): Promise<void>;
}

export type SessionConnector = (session: string) => Promise<SessionConnection>;

export interface SessionTelegramAccessOptions {
  store: TelegramSessionStore;
  connect: SessionConnector;
  /** A flood wait longer than this fails at once (RATE_LIMITED) instead of queueing. */
  floodMaxWaitSeconds: number;
  /** Tests: the flood gate's clock. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

interface Entry {
  connection: SessionConnection;
  actor: TelegramActor;
}

const sessionKey = (session: string): string => createHash('sha256').update(session).digest('hex');

export class SessionTelegramAccess implements TelegramAccess {
  /** Connected (or connecting) sessions by the hash of their session string. */
  private readonly sessions = new Map<string, Promise<Entry>>();
  private closed = false;

  constructor(private readonly options: SessionTelegramAccessOptions) {}

  async actorFor(linkKey: string): Promise<TelegramActor | null> {
    if (this.closed) return null;
    const session = await this.options.store.get(linkKey);
    if (session === undefined || session === '') return null;
    const key = sessionKey(session);
    let pending = this.sessions.get(key);
    if (pending !== undefined) {
      const entry = await pending.catch(() => undefined);
      if (entry?.connection.alive) return entry.actor;
      // dropped, or its connect failed: forget it (unless another caller already replaced it), and
      // close what is left of it so no retry loop of the old client keeps running
      if (this.sessions.get(key) === pending) {
        this.sessions.delete(key);
        void entry?.connection.close().catch(() => undefined);
      }
      pending = this.sessions.get(key);
    }
    if (pending === undefined) {
      pending = this.open(session);
      this.sessions.set(key, pending);
      // a failed connect is not cached: the next call tries again
      pending.catch(() => {
        if (this.sessions.get(key) === pending) this.sessions.delete(key);
      });
    }
    return (await pending).actor;
  }

  /** How many sessions are connected or connecting (tests, metrics). */
  get openSessions(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    this.closed = true;
    const all = [...this.sessions.values()];
    this.sessions.clear();
    await Promise.all(
      all.map(async (pending) => {
        const entry = await pending.catch(() => undefined);
        await entry?.connection.close().catch(() => undefined);
      }),
    );
  }

  private async open(session: string): Promise<Entry> {
    const connection = await this.options.connect(session);
    try {
      const gate = new FloodGateInvoker(connection, {
        maxWaitSeconds: this.options.floodMaxWaitSeconds,
        ...(this.options.now === undefined ? {} : { now: this.options.now }),
        ...(this.options.sleep === undefined ? {} : { sleep: this.options.sleep }),
      });
      const isBot = await askIsBot(gate);
      if (this.closed) throw new Error('the Telegram access was closed while connecting');
      const updates = pollUpdatesOf(connection);
      return {
        connection,
        actor: {
          polls: new TelegramPolls(gate, { isBot }),
          isBot,
          ...(updates === undefined ? {} : { updates }),
        },
      };
    } catch (err) {
      await connection.close().catch(() => undefined);
      throw err;
    }
  }
}

/** users.getUsers([inputUserSelf]): the account's own user, whose `bot` flag says what it is. */
async function askIsBot(invoker: TelegramInvoker): Promise<boolean> {
  const users = await invoker.invoke(new Api.users.GetUsers({ id: [new Api.InputUserSelf()] }));
  const self = users.find((user): user is Api.User => user.className === 'User');
  return self?.bot === true;
}
