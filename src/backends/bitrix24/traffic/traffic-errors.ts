/**
 * The PortalErrors the traffic engine makes itself: RATE_LIMITED (the pacer will not wait that
 * long, or the queue is full) and OUTCOME_UNKNOWN (a call that is not safe to repeat got no
 * answer). The GraphQL layer reports them as `RATE_LIMITED` (with retryAfterSeconds) and
 * `OUTCOME_UNKNOWN`.
 */
import { PortalError } from '../portal-error.js';

export const RATE_LIMITED = 'RATE_LIMITED';
export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';

export type RateLimitReason = 'WAIT_TOO_LONG' | 'QUEUE_FULL' | 'PORTAL_RATE_LIMIT' | 'BACKGROUND_DEFERRED';

export class RateLimitedError extends PortalError {
  /** Whole seconds after which a retry has a fair chance (at least 1). */
  readonly retryAfterSeconds: number;
  readonly reason: RateLimitReason;

  constructor(method: string, retryAfterMs: number, reason: RateLimitReason, detail: string) {
    super({
      code: RATE_LIMITED,
      httpStatus: null,
      method,
      description: detail,
      transport: false,
      outcomeUnknown: false,
    });
    this.name = 'RateLimitedError';
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), retryAfterSeconds: this.retryAfterSeconds, reason: this.reason };
  }
}

export function isRateLimitedError(e: unknown): e is RateLimitedError {
  return e instanceof RateLimitedError;
}

/** The call may or may not have been carried out; `cause` is the last failure seen. */
export function outcomeUnknownError(cause: PortalError, method = cause.method): PortalError {
  return new PortalError({
    code: OUTCOME_UNKNOWN,
    httpStatus: cause.httpStatus,
    method,
    description: `no reliable answer (${cause.code || 'no code'}${cause.description ? `: ${cause.description}` : ''}); it may have been carried out, re-read before repeating`,
    transport: cause.transport,
    outcomeUnknown: true,
  });
}

/**
 * The same failure, attributed to another method (a failed `batch` request, per command). A
 * RATE_LIMITED refusal stays a RateLimitedError with its retryAfterSeconds and reason: the caller
 * of a batched call must hear the same "retry after" as a caller who went alone.
 */
export function withMethod(e: PortalError, method: string): PortalError {
  if (e.method === method) return e;
  if (e instanceof RateLimitedError)
    return new RateLimitedError(method, e.retryAfterSeconds * 1000, e.reason, e.description);
  return new PortalError({
    code: e.code,
    httpStatus: e.httpStatus,
    method,
    description: e.description,
    transport: e.transport,
    outcomeUnknown: e.outcomeUnknown,
  });
}
