/**
 * The TelegramInvoker over a real teleproto TelegramClient, connected with a StringSession. teleproto's
 * own flood sleeping is switched off (floodSleepThreshold 0) so that FloodGateInvoker decides; every
 * failure becomes a TelegramError, and a call without an answer within `timeoutMs` is NO_ANSWER (it
 * may have been executed). The session string is a secret: it is never logged or put in an error.
 */
import { TelegramClient, errors, type Api } from 'teleproto';
import { StringSession } from 'teleproto/sessions/index.js';
import { Logger, LogLevel } from 'teleproto/extensions/Logger.js';
import { TelegramError, methodName } from '../telegram-error.js';
import type { TelegramInvoker } from './telegram-invoker.port.js';
import type { TelegramPollUpdates } from './telegram-updates.port.js';
import { toPollUpdate, type TelegramPollUpdate } from '../polls/poll-update.js';

export interface TeleprotoInvokerOptions {
  apiId: number;
  apiHash: string;
  timeoutMs?: number;
}

export class TeleprotoInvoker implements TelegramInvoker, TelegramPollUpdates {
  private readonly pollListeners = new Set<(update: TelegramPollUpdate) => void>();
  /** Removes the one teleproto handler this connection holds while anyone listens. */
  private unhandle: (() => void) | undefined;

  private constructor(
    readonly client: TelegramClient,
    private readonly timeoutMs: number,
  ) {}

  static async connect(session: string, options: TeleprotoInvokerOptions): Promise<TeleprotoInvoker> {
    const client = new TelegramClient(new StringSession(session), options.apiId, options.apiHash, {
      connectionRetries: 1,
      floodSleepThreshold: 0,
      baseLogger: new Logger(LogLevel.NONE),
      autoReconnect: true,
    });
    try {
      await client.connect();
    } catch {
      await client.destroy().catch(() => undefined);
      throw new TelegramError({ code: 'NOT_CONNECTED', method: 'connect' });
    }
    return new TeleprotoInvoker(client, options.timeoutMs ?? 15_000);
  }

  async invoke<R extends Api.AnyRequest>(request: R): Promise<R['__response']> {
    const method = methodName(request);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new TelegramError({ code: 'NO_ANSWER', method })), this.timeoutMs);
    });
    try {
      return await Promise.race([this.client.invoke(request), timeout]);
    } catch (err) {
      if (err instanceof TelegramError) throw err;
      if (err instanceof errors.RPCError) throw TelegramError.fromRpc(err.errorMessage, method, err.code);
      throw new TelegramError({ code: 'NO_ANSWER', method });
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Through teleproto's update composer (`client.updates.on`), not `addEventHandler`: event
   * builders make teleproto ask the server for the own user (getMe) before the first event, and the
   * composer hands over the raw update with no call. One handler per connection, however many
   * listeners; a listener that throws does not keep the others from the update.
   */
  onPollUpdate(listener: (update: TelegramPollUpdate) => void): () => void {
    const own = (update: TelegramPollUpdate): void => listener(update);
    this.pollListeners.add(own);
    this.unhandle ??= this.client.updates.on('messagePoll', (update) => {
      const plain = toPollUpdate(update);
      for (const each of [...this.pollListeners]) {
        try {
          each(plain);
        } catch {
          // one listener's fault is its own
        }
      }
    });
    return () => {
      this.pollListeners.delete(own);
      if (this.pollListeners.size === 0 && this.unhandle !== undefined) {
        this.unhandle();
        this.unhandle = undefined;
      }
    };
  }

  get pollUpdateListeners(): number {
    return this.pollListeners.size;
  }

  /** teleproto update handlers registered on this connection's client (tests: no leak). */
  get updateHandlers(): number {
    return this.client.updates.handlers.length;
  }

  /**
   * false once the connection is gone for good: destroyed, or dropped and teleproto's own reconnect
   * gave up. While teleproto is (re)connecting it still counts as alive.
   */
  get alive(): boolean {
    if (this.client._destroyed) return false;
    const sender = this.client._sender;
    if (sender === undefined) return false;
    return sender.isConnected() || sender.isReconnecting || sender.isConnecting;
  }

  async close(): Promise<void> {
    await this.client.destroy();
  }
}
