import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';
import type { MethodKind } from '../../../src/backends/bitrix24/traffic/method-kinds.js';
import {
  backoffDelayMs,
  decideRetry,
  type RetryContext,
} from '../../../src/backends/bitrix24/traffic/retry-policy.js';
import { DEFAULT_TRAFFIC_OPTIONS } from '../../../src/config/traffic-options.js';
import {
  RateLimitedError,
  outcomeUnknownError,
} from '../../../src/backends/bitrix24/traffic/traffic-errors.js';

const options = DEFAULT_TRAFFIC_OPTIONS.retry; // base 200, max 5000, 4 attempts

describe('backoff with equal jitter', () => {
  it.each([
    [1, 100, 200],
    [2, 200, 400],
    [3, 400, 800],
    [5, 1600, 3200],
    [6, 2500, 5000],
    [12, 2500, 5000],
  ])('retry %i waits between %i and %i ms', (retry, low, high) => {
    expect(backoffDelayMs(retry, options, () => 0)).toBe(low);
    expect(backoffDelayMs(retry, options, () => 0.999999)).toBeCloseTo(high, 0);
    for (let i = 0; i < 50; i++) {
      const d = backoffDelayMs(retry, options, Math.random);
      expect(d).toBeGreaterThanOrEqual(low);
      expect(d).toBeLessThanOrEqual(high);
    }
  });
});

const err = (
  code: string,
  httpStatus: number | null,
  extra: Partial<{ transport: boolean; outcomeUnknown: boolean }> = {},
) =>
  new PortalError({
    code,
    httpStatus,
    method: 'm',
    description: '',
    transport: extra.transport ?? false,
    outcomeUnknown: extra.outcomeUnknown ?? false,
  });

const QLE = err('QUERY_LIMIT_EXCEEDED', 503);
const TOO_MANY = err('SOMETHING', 429);
const OPERATING = err('OPERATION_TIME_LIMIT', 429);
const SERVER_500 = err('INTERNAL_SERVER_ERROR', 500, { outcomeUnknown: true });
const RESET = err('CONNECTION_RESET', null, { transport: true, outcomeUnknown: true });
const TIMEOUT = err('TIMEOUT', null, { transport: true, outcomeUnknown: true });
const REFUSED = err('CONNECTION_REFUSED', null, { transport: true, outcomeUnknown: false });
const FORBIDDEN = err('insufficient_scope', 403);
const NO_AUTH = err('NO_AUTH_FOUND', 401);
const EXPIRED = err('expired_token', 401);
const NOT_FOUND = err('ATTACH_NOT_FOUND', 400);
const VALIDATION = err('400', 400);
const DELETED = err('PORTAL_DELETED', 500);
const OURS_LIMITED = new RateLimitedError('m', 3000, 'WAIT_TOO_LONG', 'x');
const OURS_UNKNOWN = outcomeUnknownError(RESET);

function ctx(kind: MethodKind, over: Partial<RetryContext> = {}): RetryContext {
  return {
    kind,
    hasIdempotencyKey: false,
    transientAttempts: 1,
    rateLimitRetries: 0,
    elapsedMs: 0,
    earlierOutcomeUnknown: false,
    options,
    random: () => 0,
    ...over,
  };
}

type Row = [string, PortalError, MethodKind, boolean, string];
// [label, error, method kind, has idempotency key, expected: retry | retry:bucket | retry:operating | verify | fail | fail:unknown]
const table: Row[] = [
  ['503 QUERY_LIMIT_EXCEEDED, creation', QLE, 'creation', false, 'retry:bucket'],
  ['any 429, unsafe write', TOO_MANY, 'unsafe', false, 'retry:bucket'],
  ['429 OPERATION_TIME_LIMIT, read', OPERATING, 'read', false, 'retry:operating'],
  ['our RATE_LIMITED', OURS_LIMITED, 'read', false, 'fail'],
  ['our OUTCOME_UNKNOWN', OURS_UNKNOWN, 'creation', true, 'fail'],
  ['permission', FORBIDDEN, 'read', false, 'fail'],
  ['bad credentials', NO_AUTH, 'read', false, 'fail'],
  ['expired token (refresh is decided before the table)', EXPIRED, 'read', false, 'fail'],
  ['not found', NOT_FOUND, 'read', false, 'fail'],
  ['validation', VALIDATION, 'creation', true, 'fail'],
  ['portal deleted (5xx but final)', DELETED, 'read', false, 'fail'],
  ['500, read', SERVER_500, 'read', false, 'retry'],
  ['reset, read', RESET, 'read', false, 'retry'],
  ['timeout, idempotent write', TIMEOUT, 'idempotent', false, 'retry'],
  ['reset, creation with key', RESET, 'creation', true, 'retry'],
  ['reset, creation without key', RESET, 'creation', false, 'fail:unknown'],
  ['500, creation without key', SERVER_500, 'creation', false, 'fail:unknown'],
  ['timeout, unsafe write', TIMEOUT, 'unsafe', true, 'fail:unknown'],
  ['reset, ballot', RESET, 'ballot', false, 'verify'],
  ['connection refused, creation without key (never sent)', REFUSED, 'creation', false, 'retry'],
  ['connection refused, unsafe write', REFUSED, 'unsafe', false, 'retry'],
];

function summary(d: ReturnType<typeof decideRetry>): string {
  if (d.action === 'fail') return d.outcomeUnknown ? 'fail:unknown' : 'fail';
  if (d.action === 'retry') return d.rateLimit ? `retry:${d.rateLimit}` : 'retry';
  return 'verify';
}

describe('retry decision table', () => {
  it.each(table)('%s → %#', (_label, error, kind, key, expected) => {
    expect(summary(decideRetry(error, ctx(kind, { hasIdempotencyKey: key })))).toBe(expected);
  });

  it('stops after maxAttempts transient failures; a write that may have landed then reports unknown', () => {
    expect(summary(decideRetry(RESET, ctx('read', { transientAttempts: 4 })))).toBe('fail');
    expect(
      summary(decideRetry(RESET, ctx('creation', { hasIdempotencyKey: true, transientAttempts: 4 }))),
    ).toBe('fail:unknown');
  });

  it('stops after maxElapsedMs', () => {
    expect(summary(decideRetry(SERVER_500, ctx('read', { elapsedMs: options.maxElapsedMs })))).toBe('fail');
  });

  it('stops rate-limit retries after maxRateLimitRetries; a keyed creation that may have landed is unknown', () => {
    const spent = { rateLimitRetries: options.maxRateLimitRetries };
    expect(summary(decideRetry(QLE, ctx('read', spent)))).toBe('fail');
    expect(
      summary(
        decideRetry(QLE, ctx('creation', { ...spent, hasIdempotencyKey: true, earlierOutcomeUnknown: true })),
      ),
    ).toBe('fail:unknown');
  });

  it('a definitive answer after a repeat is the truth, even if an earlier attempt was unknown', () => {
    expect(
      summary(
        decideRetry(VALIDATION, ctx('creation', { hasIdempotencyKey: true, earlierOutcomeUnknown: true })),
      ),
    ).toBe('fail');
  });

  it('the delay of a transient retry is the backoff of its attempt number', () => {
    const d = decideRetry(RESET, ctx('read', { transientAttempts: 3, random: () => 0 }));
    expect(d).toEqual({ action: 'retry', delayMs: 400, rateLimit: null });
  });
});
