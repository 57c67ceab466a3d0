/**
 * The one error the Telegram backend throws. `code` is Telegram's error message without its number
 * (`FLOOD_WAIT_7` -> code `FLOOD_WAIT`, seconds 7), or one of our own: `NO_ANSWER` (the connection
 * failed or timed out after the request may have been sent), `NOT_CONNECTED`.
 */
export class TelegramError extends Error {
  readonly code: string;
  readonly seconds?: number;
  readonly method: string;
  /** Telegram's numeric class (400, 401, 403, 406, 420, 500), when Telegram answered. */
  readonly status?: number;

  constructor(init: { code: string; method: string; seconds?: number; status?: number }) {
    super(`${init.method}: ${init.code}${init.seconds !== undefined ? ` (${init.seconds} s)` : ''}`);
    this.name = 'TelegramError';
    this.code = init.code;
    this.method = init.method;
    this.seconds = init.seconds;
    this.status = init.status;
  }

  /** From an rpc_error message such as `FLOOD_WAIT_7` or `MESSAGE_POLL_CLOSED`. */
  static fromRpc(errorMessage: string, method: string, status?: number): TelegramError {
    const waited = /^(FLOOD_WAIT|SLOWMODE_WAIT|FLOOD_PREMIUM_WAIT)_(\d+)$/.exec(errorMessage);
    if (waited) return new TelegramError({ code: waited[1]!, seconds: Number(waited[2]), method, status });
    return new TelegramError({ code: errorMessage, method, status });
  }
}

/** `messages.SendVote` (teleproto's className) -> `messages.sendVote` (the TL method name). */
export function methodName(request: { className: string }): string {
  const dot = request.className.lastIndexOf('.');
  const tail = request.className.slice(dot + 1);
  return request.className.slice(0, dot + 1) + tail.charAt(0).toLowerCase() + tail.slice(1);
}
