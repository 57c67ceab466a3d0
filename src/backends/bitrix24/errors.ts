/**
 * Classification of PortalError codes for the retry policy (traffic engine). The portal error
 * table (errors/portal-error-map.ts) is the source of truth for what a code means; these
 * lists must agree with it (test/unit/graphql-errors/error-lists-agree.test.ts checks every code).
 * Codes are compared case-insensitively where the portal's casing varies.
 */
import { PortalError } from './portal-error.js';

const upper = (e: PortalError): string => e.code.toUpperCase();

/** 503 QUERY_LIMIT_EXCEEDED, any 429, OPERATION_TIME_LIMIT: wait, then retry (docs/bitrix24-contract.md §4, docs/bitrix24-contract.md §10 #15). */
export function isRateLimit(e: unknown): e is PortalError {
  if (!(e instanceof PortalError)) return false;
  const code = upper(e);
  return e.httpStatus === 429 || code === 'QUERY_LIMIT_EXCEEDED' || code === 'OPERATION_TIME_LIMIT';
}

/** The per-method run-time budget is spent: pause this method until `operating_reset_at` (docs/bitrix24-contract.md §4.2). */
export function isOperatingLimit(e: unknown): e is PortalError {
  return e instanceof PortalError && upper(e) === 'OPERATION_TIME_LIMIT';
}

/** The portal's code for an expired access token (its casing varies). */
export const isExpiredTokenCode = (code: string): boolean => code.toUpperCase() === 'EXPIRED_TOKEN';

/** The token is expired: refresh it once and retry (docs/bitrix24-contract.md §1.3). */
export function isExpiredToken(e: unknown): e is PortalError {
  return e instanceof PortalError && isExpiredTokenCode(e.code);
}

export const AUTH_CODES: ReadonlySet<string> = new Set([
  'NO_AUTH_FOUND',
  'EXPIRED_TOKEN',
  'INVALID_TOKEN',
  'INVALID_GRANT',
]);

/** No, expired or invalid credentials (maps to UNAUTHENTICATED). */
export function isAuth(e: unknown): e is PortalError {
  return e instanceof PortalError && AUTH_CODES.has(upper(e));
}

export const FORBIDDEN_CODES: ReadonlySet<string> = new Set([
  'INSUFFICIENT_SCOPE',
  'INVALID_SCOPE',
  'USER_ACCESS_ERROR',
  'INVALID_CREDENTIALS', // 401 on some pages, 403 on others (docs/bitrix24-contract.md §10 #16): a permission failure either way
  'ACCESS_DENIED',
  'PAYMENT_REQUIRED',
  'ATTACH_READ_ACCESS_DENIED',
  'BOT_OWNERSHIP_ERROR',
  'BOT_TYPE_NOT_ALLOWED',
  'MESSAGE_ACCESS_DENIED',
  'SCOPE_ERROR',
  // The credential is of a kind this method does not take (e.g. a webhook for a connector call):
  // a refusal, not a bad credential, as the error table says (FORBIDDEN).
  'WRONG_AUTH_TYPE',
]);

/** Scope, plan or permission refusals: never retried. */
export function isForbidden(e: unknown): e is PortalError {
  return e instanceof PortalError && (FORBIDDEN_CODES.has(upper(e)) || e.code === '403');
}

/** Local failures that no retry can fix: a bad credential, an abort, a redirect we refuse to follow. */
const NOT_TRANSIENT = new Set([
  'PORTAL_DELETED',
  'ABORTED',
  'BAD_CREDENTIAL',
  'UNSAFE_REDIRECT',
  'TOO_MANY_REDIRECTS',
]);

/** Worth retrying later: 5xx (other than a deleted portal), transport failures, garbage bodies. */
export function isTransient(e: unknown): e is PortalError {
  if (!(e instanceof PortalError)) return false;
  if (NOT_TRANSIENT.has(upper(e))) return false;
  if (e.transport) return true;
  return e.httpStatus !== null && e.httpStatus >= 500;
}

export function isNotFound(e: unknown): e is PortalError {
  if (!(e instanceof PortalError)) return false;
  const code = upper(e);
  return (
    code === 'ATTACH_NOT_FOUND' ||
    code === 'BOT_NOT_FOUND' ||
    code === 'MESSAGE_NOT_FOUND' ||
    (e.code === '' && /not found/i.test(e.description))
  );
}
