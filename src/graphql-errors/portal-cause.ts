/**
 * Which portal failure a UserError was made from, so a UserError that cannot be returned (not in
 * its result union, see result-union.ts) still becomes a GraphQL error naming the portal's method
 * and code. A WeakMap: the UserError class hierarchy stays a plain GraphQL output.
 */
import type { PortalError } from '../backends/bitrix24/portal-error.js';

const causes = new WeakMap<object, PortalError>();

export function rememberPortalCause<T extends object>(error: T, cause: PortalError): T {
  causes.set(error, cause);
  return error;
}

export function portalCauseOf(error: object): PortalError | undefined {
  return causes.get(error);
}
