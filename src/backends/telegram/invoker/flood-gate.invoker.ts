/**
 * Flood waits honoured per session: after FLOOD_WAIT_n (or SLOWMODE_WAIT_n) the session's calls queue
 * instead of hammering Telegram. While a wait is in force, calls line up and go one at a time once it
 * is over, each sent only after the previous one answered; so if the first draws another flood wait,
 * the rest wait again rather than all being refused together. A call that would have to wait longer
 * than `maxWaitSeconds` fails at once with a FLOOD_WAIT TelegramError carrying the remaining seconds
 * (no request is sent). Wrap one gate around each session's invoker.
 */
import type { Api } from 'teleproto';
import { TelegramError, methodName } from '../telegram-error.js';
import type { TelegramInvoker } from './telegram-invoker.port.js';

export interface FloodGateOptions {
  maxWaitSeconds: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class FloodGateInvoker implements TelegramInvoker {
  private blockedUntil = 0;
  /** The tail of the queue of calls that arrived during a wait. */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly inner: TelegramInvoker,
    private readonly options: FloodGateOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  async invoke<R extends Api.AnyRequest>(request: R): Promise<R['__response']> {
    if (this.blockedUntil <= this.now() && this.queued === 0) return this.send(request);
    this.refuseIfTooLong(request);
    this.queued += 1;
    const turn = this.queue.then(async () => {
      this.refuseIfTooLong(request);
      const waitMs = this.blockedUntil - this.now();
      if (waitMs > 0) await this.sleep(waitMs);
      return this.send(request);
    });
    this.queue = turn.then(
      () => undefined,
      () => undefined,
    );
    try {
      return await turn;
    } finally {
      this.queued -= 1;
    }
  }

  private refuseIfTooLong(request: Api.AnyRequest): void {
    const waitMs = this.blockedUntil - this.now();
    if (waitMs > this.options.maxWaitSeconds * 1000) {
      throw new TelegramError({
        code: 'FLOOD_WAIT',
        seconds: Math.ceil(waitMs / 1000),
        method: methodName(request),
      });
    }
  }

  private async send<R extends Api.AnyRequest>(request: R): Promise<R['__response']> {
    try {
      return await this.inner.invoke(request);
    } catch (err) {
      if (err instanceof TelegramError && err.seconds !== undefined && err.code.endsWith('_WAIT')) {
        this.blockedUntil = Math.max(this.blockedUntil, this.now() + err.seconds * 1000);
      }
      throw err;
    }
  }
}
