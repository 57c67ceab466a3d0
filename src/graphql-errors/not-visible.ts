/**
 * Two rules every feature's reads share, written once:
 *  - "not visible means null": a failed read whose outcome is one of `codes` (the object does not
 *    exist, or the caller may not read it) makes the field null instead of an error;
 *  - any other backend failure reaches the client as the GraphQL error it stands for.
 * Features call these instead of testing a backend's error class themselves.
 */
import { BackendFailure } from '../outcomes/backend-failure.js';
import { backendGraphQLError, type FacadeGraphQLError } from './facade-errors.js';
import type { UserErrorCode } from './user-error-code.js';

/** Whether `error` is a backend failure whose outcome is one of `codes`. */
export function isNotVisible(error: unknown, codes: readonly UserErrorCode[]): boolean {
  return (
    error instanceof BackendFailure && error.outcome.kind === 'user' && codes.includes(error.outcome.code)
  );
}

/** The GraphQL error a backend failure stands for; anything else unchanged (to be re-thrown). */
export function asGraphQLFailure<T>(error: T): T | FacadeGraphQLError {
  return error instanceof BackendFailure ? backendGraphQLError(error) : error;
}

/** null when the failure means "not visible" (`codes`); otherwise throws it as its GraphQL error. */
export function nullIfNotVisible(error: unknown, codes: readonly UserErrorCode[]): null {
  if (isNotVisible(error, codes)) return null;
  throw asGraphQLFailure(error);
}
