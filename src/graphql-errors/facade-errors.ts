/**
 * Helpers that build the facade's GraphQL errors, so every resolver, plugin and the context
 * function produce the same shape: `extensions.code` from the closed set, plus `retryAfterSeconds`,
 * `reason` or `portal { method, code, httpStatus }` where they apply. A backend's failure arrives
 * as the backend-neutral BackendFailure (outcomes/backend-failure.ts), whichever backend it is.
 */
import { GraphQLError } from 'graphql';
import type { BackendFailure } from '../outcomes/backend-failure.js';
import { HTTP_STATUS_FOR_CODE, type FacadeErrorCode } from '../outcomes/error-codes.js';
import { USER_ERROR_DEFAULT_MESSAGES } from '../outcomes/user-error-code.js';

export { TOKEN_EXPIRED } from '../outcomes/backend-failure.js';

/** What the upstream said, kept on a GraphQL error (already scrubbed of secrets by the backend). */
export interface PortalErrorInfo {
  method: string;
  code: string;
  httpStatus: number | null;
}

export interface FacadeErrorOptions {
  retryAfterSeconds?: number;
  /** A machine-readable sub-code for BAD_USER_INPUT (e.g. QUERY_TOO_DEEP). */
  reason?: string;
  portal?: PortalErrorInfo;
  /** Extra public details (numbers, names); never secrets. */
  details?: Record<string, unknown>;
  /** Set an HTTP status on the response: only for request-level errors (context, limits). */
  httpStatus?: number;
}

/** Marks errors we built on purpose, so formatError does not mask their message. */
export class FacadeGraphQLError extends GraphQLError {
  constructor(
    readonly code: FacadeErrorCode,
    message: string,
    options: FacadeErrorOptions = {},
  ) {
    super(message, {
      extensions: {
        code,
        ...(options.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: options.retryAfterSeconds }),
        ...(options.reason === undefined ? {} : { reason: options.reason }),
        ...(options.portal === undefined ? {} : { portal: options.portal }),
        ...(options.details === undefined ? {} : { details: options.details }),
        ...(options.httpStatus === undefined ? {} : { http: { status: options.httpStatus } }),
      },
    });
    this.name = 'FacadeGraphQLError';
  }
}

export function facadeError(
  code: FacadeErrorCode,
  message: string,
  options?: FacadeErrorOptions,
): FacadeGraphQLError {
  return new FacadeGraphQLError(code, message, options);
}

/**
 * A request without the identity its mode needs (thrown before any portal call; HTTP 401).
 * `reason` names what is missing when a client can act on it (e.g. PORTAL_DOMAIN_REQUIRED).
 */
export function unauthenticated(message: string, reason?: string): FacadeGraphQLError {
  return new FacadeGraphQLError('UNAUTHENTICATED', message, {
    httpStatus: HTTP_STATUS_FOR_CODE.UNAUTHENTICATED,
    ...(reason === undefined ? {} : { reason }),
  });
}

export function badUserInput(
  message: string,
  reason: string,
  details?: Record<string, unknown>,
): FacadeGraphQLError {
  return new FacadeGraphQLError('BAD_USER_INPUT', message, { reason, ...(details ? { details } : {}) });
}

const MESSAGES: Readonly<Record<FacadeErrorCode, string>> = {
  UNAUTHENTICATED: 'The portal did not accept the credentials (missing, expired or invalid token).',
  FORBIDDEN: 'The portal refused this operation (scope, plan or permission).',
  RATE_LIMITED: "The portal's rate limit is reached; retry later.",
  PORTAL_UNAVAILABLE: 'The portal is unavailable or answered with an error.',
  BAD_USER_INPUT: 'The portal rejected the input.',
  INTERNAL_SERVER_ERROR: 'Internal server error.',
  OUTCOME_UNKNOWN:
    'The portal did not answer; the operation may or may not have been carried out. Re-read before retrying.',
};

/**
 * The GraphQL error a backend failure stands for, whatever its outcome: its facade code, or, for a
 * business outcome that escaped as an exception (a query field has no union, or the union lacks the
 * type), FORBIDDEN or BAD_USER_INPUT with the UserErrorCode as `reason`. `extensions.portal` names
 * the upstream call when the backend described it.
 */
export function backendGraphQLError(e: BackendFailure): FacadeGraphQLError {
  const { outcome, upstream } = e;
  const portal =
    upstream === undefined
      ? {}
      : { portal: { method: upstream.method, code: upstream.code, httpStatus: upstream.httpStatus } };
  if (outcome.kind === 'facade') {
    return new FacadeGraphQLError(outcome.code, e.publicMessage ?? MESSAGES[outcome.code], {
      ...portal,
      ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    });
  }
  const code: FacadeErrorCode = outcome.code === 'PERMISSION_DENIED' ? 'FORBIDDEN' : 'BAD_USER_INPUT';
  return new FacadeGraphQLError(code, userErrorText(e), { reason: outcome.code, ...portal });
}

/** The public text of a business failure: the backend's table's, the backend's own, or the code's. */
export function userErrorText(e: BackendFailure): string {
  const { outcome } = e;
  if (outcome.kind !== 'user') return e.publicMessage ?? MESSAGES[outcome.code];
  return outcome.message ?? e.publicMessage ?? USER_ERROR_DEFAULT_MESSAGES[outcome.code];
}
