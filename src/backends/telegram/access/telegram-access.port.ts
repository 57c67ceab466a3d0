/**
 * How the facade reaches Telegram for one caller: the caller's own linked Telegram session (a user
 * account), or the bot session where the caller is linked to it. The composition root builds one
 * TelegramAccess per facade (it owns the connections and closes them); the Telegram poll backend
 * asks it per request. Sessions are secrets: nothing here returns or logs a session string.
 */
import type { TelegramPollUpdates } from '../invoker/telegram-updates.port.js';
import type { TelegramPolls } from '../polls/telegram-polls.client.js';

export interface TelegramActor {
  /** The poll client acting as this session (calls go through the session's flood gate). */
  readonly polls: TelegramPolls;
  /** A bot session: user-only methods (vote, retract, voters) are refused without a call. */
  readonly isBot: boolean;
  /**
   * The poll updates Telegram pushes on this session's connection (live results); absent where the
   * connection cannot listen (a scripted fake).
   */
  readonly updates?: TelegramPollUpdates;
}

export interface TelegramAccess {
  /**
   * The session linked to a facade caller (`linkKey`, see the composition root for how it is
   * derived from the request's identity), connected on first use and reused afterwards; null when
   * the caller has no linked Telegram session.
   */
  actorFor(linkKey: string): Promise<TelegramActor | null>;
  /** Closes every connection this access opened. */
  close(): Promise<void>;
}
