/**
 * Helpers that build the facade's GraphQL errors, so every resolver, plugin and the context
 * function produce the same shape: `extensions.code` from the closed set, plus `retryAfterSeconds`,
 * `reason` or `portal { method, code, httpStatus }` where they apply.
 */
import { GraphQLError } from 'graphql';
import { PortalError } from '../backends/bitrix24/portal-error.js';
import { BackendFailure } from '../outcomes/backend-failure.js';
import { isExpiredToken } from '../backends/bitrix24/errors.js';
import { classifyPortalError } from './classify-portal-error.js';
import { HTTP_STATUS_FOR_CODE, type FacadeErrorCode } from '../outcomes/error-codes.js';
import { rememberPortalCause } from './portal-cause.js';
import { createUserError, type UserError } from './user-error.types.js';

/** What the portal said, kept on a GraphQL error (already scrubbed of secrets by PortalError). */
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

/** `extensions.reason` on UNAUTHENTICATED when the caller's own access token has expired. */
export const TOKEN_EXPIRED = 'TOKEN_EXPIRED';

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

function portalInfo(e: PortalError): PortalErrorInfo {
  return { method: e.method, code: e.code, httpStatus: e.httpStatus };
}

/** A GraphQL error for a portal failure, whatever its classification. */
export function portalGraphQLError(e: PortalError): FacadeGraphQLError {
  const outcome = classifyPortalError(e);
  if (outcome.kind === 'graphql') {
    return new FacadeGraphQLError(outcome.code, MESSAGES[outcome.code], {
      portal: portalInfo(e),
      // A user's own token expired: the client refreshes it and repeats (app tokens never get here).
      ...(isExpiredToken(e) ? { reason: TOKEN_EXPIRED } : {}),
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    });
  }
  // A business outcome that escaped as an exception (e.g. from a query field, which has no
  // union): keep the closed set, with the UserErrorCode as the reason.
  const code: FacadeErrorCode = outcome.code === 'PERMISSION_DENIED' ? 'FORBIDDEN' : 'BAD_USER_INPUT';
  return new FacadeGraphQLError(code, outcome.message, { reason: outcome.code, portal: portalInfo(e) });
}

/**
 * For mutation resolvers: turn a failure into the UserError to return as data, or throw the
 * GraphQL error it stands for. Anything that is not a PortalError is re-thrown untouched.
 *
 *   try { ... } catch (e) { return portalFailureToUserError(e); }
 */
export function portalFailureToUserError(e: unknown, field = 'input'): UserError {
  if (e instanceof BackendFailure) return backendFailureToUserError(e, field);
  if (!(e instanceof PortalError)) throw e;
  const outcome = classifyPortalError(e);
  if (outcome.kind === 'graphql') throw portalGraphQLError(e);
  return rememberPortalCause(createUserError(outcome.code, outcome.message, field), e);
}

/** The GraphQL error of a non-Bitrix24 backend's failure (already mapped by that backend's table). */
export function backendGraphQLError(e: BackendFailure): FacadeGraphQLError {
  const { outcome } = e;
  if (outcome.kind === 'facade') {
    return new FacadeGraphQLError(outcome.code, e.message || MESSAGES[outcome.code], {
      ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    });
  }
  // A business outcome outside a union (a query field): the closed set, the UserErrorCode as reason.
  const code: FacadeErrorCode = outcome.code === 'PERMISSION_DENIED' ? 'FORBIDDEN' : 'BAD_USER_INPUT';
  return new FacadeGraphQLError(code, e.message || createUserError(outcome.code).message, {
    reason: outcome.code,
  });
}

function backendFailureToUserError(e: BackendFailure, field: string): UserError {
  const { outcome } = e;
  if (outcome.kind === 'facade') throw backendGraphQLError(e);
  const path = outcome.field === undefined ? field : `input.${outcome.field}`;
  return createUserError(outcome.code, e.message || undefined, path);
}
