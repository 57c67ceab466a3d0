/**
 * Flood waits honoured per session: after FLOOD_WAIT_n (or SLOWMODE_WAIT_n) the session's later calls
 * wait until the n seconds are over instead of hammering Telegram, and a call that would have to wait
 * longer than `maxWaitSeconds` fails at once with a FLOOD_WAIT TelegramError carrying the remaining
 * seconds (no request is sent). Wrap one gate around each session's invoker.
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
    const waitMs = this.blockedUntil - this.now();
    if (waitMs > 0) {
      if (waitMs > this.options.maxWaitSeconds * 1000) {
        throw new TelegramError({
          code: 'FLOOD_WAIT',
          seconds: Math.ceil(waitMs / 1000),
          method: methodName(request),
        });
      }
      await this.sleep(waitMs);
    }
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
