/**
 * The closed set of `extensions.code` values the facade itself puts on GraphQL errors (docs/architecture.md §5).
 * Clients can `switch` on these. Apollo's own request-level codes (GRAPHQL_PARSE_FAILED,
 * GRAPHQL_VALIDATION_FAILED, BAD_REQUEST, PERSISTED_QUERY_*, OPERATION_RESOLUTION_FAILURE) pass
 * through unchanged; anything else is masked to INTERNAL_SERVER_ERROR.
 */
export const FACADE_ERROR_CODES = [
  /** No, expired or invalid credentials; also a request without the identity its mode needs. */
  'UNAUTHENTICATED',
  /** Scope, plan or app-level permission refusals (retrying will not help). */
  'FORBIDDEN',
  /** The portal's rate limits; `extensions.retryAfterSeconds` says when to try again. */
  'RATE_LIMITED',
  /** 5xx, timeouts, connection failures, garbage bodies: the portal could not answer. */
  'PORTAL_UNAVAILABLE',
  /** The request is malformed or over a limit; `extensions.reason` names which rule. */
  'BAD_USER_INPUT',
  /** A bug or an unexpected condition in the facade; the message is generic on purpose. */
  'INTERNAL_SERVER_ERROR',
  /**
   * A non-idempotent portal call (send a message, cast a ballot...) got no answer: it may or may
   * not have been executed. Read the state again before retrying.
   */
  'OUTCOME_UNKNOWN',
] as const;

export type FacadeErrorCode = (typeof FACADE_ERROR_CODES)[number];

/** Apollo Server's own codes, kept as they are. */
export const APOLLO_PASSTHROUGH_CODES = [
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
] as const;

/** `extensions.reason` values used with BAD_USER_INPUT by the server itself. */
export const BAD_INPUT_REASONS = {
  queryTooDeep: 'QUERY_TOO_DEEP',
  queryTooCostly: 'QUERY_TOO_COSTLY',
  queryTooManyAliases: 'QUERY_TOO_MANY_ALIASES',
  /** The operation needed more portal calls than GRAPHQL_MAX_PORTAL_CALLS allows. */
  portalCallBudget: 'PORTAL_CALL_BUDGET_EXCEEDED',
} as const;

const KNOWN = new Set<string>([...FACADE_ERROR_CODES, ...APOLLO_PASSTHROUGH_CODES]);

export function isKnownErrorCode(code: unknown): code is string {
  return typeof code === 'string' && KNOWN.has(code);
}

/** HTTP status that goes with a request-level error of this code (field errors keep 200). */
export const HTTP_STATUS_FOR_CODE: Readonly<Record<FacadeErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  PORTAL_UNAVAILABLE: 503,
  BAD_USER_INPUT: 400,
  INTERNAL_SERVER_ERROR: 500,
  OUTCOME_UNKNOWN: 502,
};
