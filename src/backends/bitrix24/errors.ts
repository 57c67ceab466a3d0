/**
 * Classification of PortalError codes, shared by the retry policy (traffic engine) and the GraphQL
 * error mapping. Codes are compared case-insensitively where the portal's casing varies.
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

/** The token is expired: refresh it once and retry (docs/bitrix24-contract.md §1.3). */
export function isExpiredToken(e: unknown): e is PortalError {
  return e instanceof PortalError && upper(e) === 'EXPIRED_TOKEN';
}

const AUTH_CODES = new Set([
  'NO_AUTH_FOUND',
  'EXPIRED_TOKEN',
  'INVALID_TOKEN',
  'INVALID_GRANT',
  'WRONG_AUTH_TYPE',
]);

/** No, expired or invalid credentials (maps to UNAUTHENTICATED). */
export function isAuth(e: unknown): e is PortalError {
  return e instanceof PortalError && AUTH_CODES.has(upper(e));
}

const FORBIDDEN_CODES = new Set([
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
