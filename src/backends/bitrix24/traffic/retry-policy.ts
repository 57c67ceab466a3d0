/**
 * The retry decision table (code-aware, idempotency-aware) and the backoff arithmetic. Pure:
 * the engine feeds it the failure and what it knows, and does what it says.
 *
 * | failure                                   | decision                                       |
 * |-------------------------------------------|------------------------------------------------|
 * | our own RATE_LIMITED / OUTCOME_UNKNOWN    | fail (already final)                           |
 * | 503 QUERY_LIMIT_EXCEEDED, any 429         | resync the bucket, retry (maxRateLimitRetries) |
 * | 429 OPERATION_TIME_LIMIT                  | pause the method, retry (maxRateLimitRetries)  |
 * | auth, permission, validation, not found   | fail fast                                      |
 * | transient, request surely not executed    | retry with backoff, any method                 |
 * | transient, outcome unknown                | read/idempotent: retry; creation: retry only   |
 * |                                           | with an idempotency key, else OUTCOME_UNKNOWN; |
 * |                                           | ballot: verify by reading back; other writes:  |
 * |                                           | OUTCOME_UNKNOWN                                |
 * | attempts or time used up                  | fail (OUTCOME_UNKNOWN for a write whose        |
 * |                                           | outcome is unknown)                            |
 */
import { isAuth, isOperatingLimit, isRateLimit, isTransient } from '../errors.js';
import type { PortalError } from '../portal-error.js';
import type { MethodKind } from './method-kinds.js';
import type { RetryOptions } from '../../../config/traffic-options.js';
import { OUTCOME_UNKNOWN, RATE_LIMITED } from './traffic-errors.js';

export type RetryDecision =
  | { action: 'fail'; outcomeUnknown: boolean }
  | { action: 'retry'; delayMs: number; rateLimit: 'bucket' | 'operating' | null }
  | { action: 'verify'; delayMs: number };

export interface RetryContext {
  kind: MethodKind;
  hasIdempotencyKey: boolean;
  /** attempts made so far for transient failures (1 after the first failure) */
  transientAttempts: number;
  rateLimitRetries: number;
  elapsedMs: number;
  /** an earlier attempt of this call may already have been carried out */
  earlierOutcomeUnknown: boolean;
  options: RetryOptions;
  random: () => number;
}

/**
 * Exponential backoff with "equal jitter": the n-th retry (n = 1, 2, ...) waits between half and
 * all of min(maxDelay, base × 2^(n-1)). The floor keeps retries from bunching up; the jitter keeps
 * replicas from retrying in lockstep.
 */
export function backoffDelayMs(retry: number, options: RetryOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
  return ceiling / 2 + random() * (ceiling / 2);
}

function isWrite(kind: MethodKind): boolean {
  return kind !== 'read';
}

/** May this call be sent again after a failure whose outcome is unknown? */
function safeToRepeat(kind: MethodKind, hasIdempotencyKey: boolean): boolean {
  if (kind === 'read' || kind === 'idempotent') return true;
  if (kind === 'creation') return hasIdempotencyKey;
  return false;
}

/**
 * Does this failure tell us the state for sure? A business answer (validation, not found...) does:
 * after a repeat of an idempotent call it is the truth. A rate limit, a transient failure or an
 * auth refusal says nothing about whether an earlier attempt landed.
 */
function isDefinitive(error: PortalError): boolean {
  return !isRateLimit(error) && !isTransient(error) && !isAuth(error);
}

export function decideRetry(error: PortalError, ctx: RetryContext): RetryDecision {
  const unknown = error.outcomeUnknown || (ctx.earlierOutcomeUnknown && !isDefinitive(error));
  const fail = (): RetryDecision => ({ action: 'fail', outcomeUnknown: isWrite(ctx.kind) && unknown });
  if (error.code === RATE_LIMITED || error.code === OUTCOME_UNKNOWN)
    return { action: 'fail', outcomeUnknown: false };
  const outOfTime = ctx.elapsedMs >= ctx.options.maxElapsedMs;

  // The guards below are type predicates on `unknown`; keep `error` un-narrowed.
  if (isRateLimit(error as unknown)) {
    // The portal refused before running the call, so repeating it is always safe.
    if (outOfTime || ctx.rateLimitRetries >= ctx.options.maxRateLimitRetries) return fail();
    return { action: 'retry', delayMs: 0, rateLimit: isOperatingLimit(error) ? 'operating' : 'bucket' };
  }
  if (!isTransient(error as unknown)) return fail();
  if (outOfTime || ctx.transientAttempts >= ctx.options.maxAttempts) return fail();
  const delayMs = backoffDelayMs(ctx.transientAttempts, ctx.options, ctx.random);
  if (!error.outcomeUnknown) return { action: 'retry', delayMs, rateLimit: null };
  if (ctx.kind === 'ballot') return { action: 'verify', delayMs };
  if (safeToRepeat(ctx.kind, ctx.hasIdempotencyKey)) return { action: 'retry', delayMs, rateLimit: null };
  return { action: 'fail', outcomeUnknown: true };
}
