/**
 * The one path from a backend failure to the UserError a mutation (or a query with a result union)
 * returns as data. The variations the features need are options, not copies:
 *  - `field`: the input path a ValidationFailed names when the backend did not name one;
 *  - `allowed`: the UserErrorCodes of the caller's union; any other business outcome is raised as
 *    the GraphQL error it stands for (a union cannot hold it);
 *  - `refine`: a feature's narrower type for what the backend reported (e.g. BotNotInChat), given
 *    the neutral failure and its outcome; undefined keeps the shared type.
 * Infrastructure and access outcomes are always raised as GraphQL errors; anything that is not a
 * BackendFailure (a bug) is re-thrown untouched.
 *
 *   try { ... } catch (e) { return failureToUserError(e, { allowed: SEND_POLL_ERRORS }); }
 */
import { BackendFailure, type BackendOutcome } from '../outcomes/backend-failure.js';
import { backendGraphQLError, userErrorText } from './facade-errors.js';
import { rememberFailureCause } from './failure-cause.js';
import type { UserErrorCode } from './user-error-code.js';
import { createUserError, type UserError } from './user-error.types.js';

export type UserOutcome = Extract<BackendOutcome, { kind: 'user' }>;

export interface FailureOptions {
  /** Input path for ValidationFailed when the backend names no field (default `input`). */
  readonly field?: string;
  /** The codes the caller's result union holds; others become GraphQL errors. Default: all. */
  readonly allowed?: readonly UserErrorCode[];
  /** A feature's narrower UserError for this failure, or undefined for the shared one. */
  readonly refine?: (failure: BackendFailure, outcome: UserOutcome, text: string) => UserError | undefined;
}

export function failureToUserError(e: unknown, options: FailureOptions = {}): UserError {
  if (!(e instanceof BackendFailure)) throw e;
  const { outcome } = e;
  if (outcome.kind === 'facade') throw backendGraphQLError(e);
  const text = userErrorText(e);
  const path = outcome.field === undefined ? (options.field ?? 'input') : `input.${outcome.field}`;
  const error = options.refine?.(e, outcome, text) ?? createUserError(outcome.code, text, path);
  if (options.allowed !== undefined && !options.allowed.includes(error.code)) throw backendGraphQLError(e);
  return rememberFailureCause(error, e);
}
