/**
 * Which backend failure a UserError was made from, so a UserError that cannot be returned (not in
 * its result union, see result-union.ts) still becomes the GraphQL error the failure stands for,
 * naming the upstream's method and code. A WeakMap: the UserError class hierarchy stays a plain
 * GraphQL output.
 */
import type { BackendFailure } from '../outcomes/backend-failure.js';

const causes = new WeakMap<object, BackendFailure>();

export function rememberFailureCause<T extends object>(error: T, cause: BackendFailure): T {
  causes.set(error, cause);
  return error;
}

export function failureCauseOf(error: object): BackendFailure | undefined {
  return causes.get(error);
}
