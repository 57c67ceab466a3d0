/**
 * PortalError -> one outcome, via the single table in portal-error-map.ts. Failures the table
 * cannot know about (no answer at all, an undocumented code) are decided here, by transport
 * flags and HTTP status. `portalOutcome` states the result in the backend-neutral terms of
 * outcomes/backend-failure.ts, which is all the error layer above reads.
 */
import type { BackendOutcome } from '../../../outcomes/backend-failure.js';
import { TOKEN_EXPIRED } from '../../../outcomes/backend-failure.js';
import type { FacadeErrorCode } from '../../../outcomes/error-codes.js';
import { USER_ERROR_DEFAULT_MESSAGES, type UserErrorCode } from '../../../outcomes/user-error-code.js';
import { isExpiredTokenCode } from '../errors.js';
import type { PortalError } from '../portal-error.js';
import { methodKind } from '../traffic/method-kinds.js';
import { PORTAL_ERROR_RULES, type PortalErrorRule } from './portal-error-map.js';

export type PortalErrorClassification =
  | { kind: 'graphql'; code: FacadeErrorCode; retryAfterSeconds?: number }
  | { kind: 'user'; code: UserErrorCode; message: string };

type ClassifiableError = Pick<
  PortalError,
  'code' | 'httpStatus' | 'method' | 'description' | 'transport' | 'outcomeUnknown'
> & {
  /** Set by the traffic engine's RATE_LIMITED errors: when a retry has a fair chance. */
  readonly retryAfterSeconds?: number;
};

/**
 * Methods whose lost answer is just "unavailable", never "outcome unknown": the reads (one list,
 * shared with the traffic engine's retry decisions) and `batch` itself, whose commands are judged
 * one by one.
 */
export function isReadOnlyMethod(method: string): boolean {
  return method.toLowerCase() === 'batch' || methodKind(method) === 'read';
}

function methodMatches(rule: PortalErrorRule, method: string): boolean {
  if (rule.methods === undefined) return true;
  const lower = method.toLowerCase();
  return rule.methods.some((m) => {
    const family = m.toLowerCase();
    return family.endsWith('.') ? lower.startsWith(family) : lower === family;
  });
}

const specificity = (rule: PortalErrorRule): number =>
  (rule.description === undefined ? 0 : 2) + (rule.methods === undefined ? 0 : 1);

function bestRule(
  e: Pick<ClassifiableError, 'code' | 'method' | 'description'>,
  sameCode: (ruleCode: string) => boolean,
): PortalErrorRule | undefined {
  let best: PortalErrorRule | undefined;
  for (const rule of PORTAL_ERROR_RULES) {
    if (!sameCode(rule.code)) continue;
    if (!methodMatches(rule, e.method)) continue;
    if (rule.description !== undefined && !rule.description.test(e.description)) continue;
    if (best === undefined || specificity(rule) > specificity(best)) best = rule;
  }
  return best;
}

/**
 * The table row that decides this error, or undefined when the code is not documented. Codes
 * match exactly first (`INVALID_REQUEST` and OAuth's `invalid_request` are different codes), then
 * case-insensitively, since the portal's casing is not reliable.
 */
export function findPortalErrorRule(
  e: Pick<ClassifiableError, 'code' | 'method' | 'description'>,
): PortalErrorRule | undefined {
  const lower = e.code.toLowerCase();
  return bestRule(e, (code) => code === e.code) ?? bestRule(e, (code) => code.toLowerCase() === lower);
}

function byHttpStatus(status: number | null): PortalErrorClassification {
  if (status === 401) return { kind: 'graphql', code: 'UNAUTHENTICATED' };
  if (status === 403) return { kind: 'graphql', code: 'FORBIDDEN' };
  if (status === 429) return { kind: 'graphql', code: 'RATE_LIMITED', retryAfterSeconds: 1 };
  if (status !== null && status >= 500) return { kind: 'graphql', code: 'PORTAL_UNAVAILABLE' };
  // An undocumented 4xx means we sent something the portal did not expect: our bug.
  return { kind: 'graphql', code: 'INTERNAL_SERVER_ERROR' };
}

export function classifyPortalError(e: ClassifiableError): PortalErrorClassification {
  // A creation whose answer was lost may have happened: the caller must re-read, not retry.
  if (e.outcomeUnknown && !isReadOnlyMethod(e.method)) return { kind: 'graphql', code: 'OUTCOME_UNKNOWN' };
  if (e.transport) return { kind: 'graphql', code: 'PORTAL_UNAVAILABLE' };
  const rule = findPortalErrorRule(e);
  if (rule === undefined) return byHttpStatus(e.httpStatus);
  const { outcome } = rule;
  if (outcome.kind === 'graphql') {
    const retryAfterSeconds = e.retryAfterSeconds ?? outcome.retryAfterSeconds;
    return retryAfterSeconds === undefined
      ? { kind: 'graphql', code: outcome.code }
      : { kind: 'graphql', code: outcome.code, retryAfterSeconds };
  }
  return {
    kind: 'user',
    code: outcome.code,
    message: outcome.message ?? USER_ERROR_DEFAULT_MESSAGES[outcome.code],
  };
}

/**
 * The backend-neutral outcome of a portal failure: the classification, plus TOKEN_EXPIRED as the
 * reason on UNAUTHENTICATED so a client knows to refresh its token and repeat (the app's own token
 * is refreshed by the traffic engine and never gets here).
 */
export function portalOutcome(e: ClassifiableError): BackendOutcome {
  const outcome = classifyPortalError(e);
  if (outcome.kind === 'user') return { kind: 'user', code: outcome.code, message: outcome.message };
  return {
    kind: 'facade',
    code: outcome.code,
    ...(outcome.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: outcome.retryAfterSeconds }),
    ...(isExpiredTokenCode(e.code) ? { reason: TOKEN_EXPIRED } : {}),
  };
}
