/**
 * The backend-neutral failure a backend other than Bitrix24 rejects with: it has already been mapped
 * through that backend's own error table onto the closed outcome sets (a UserErrorCode, returned as
 * data by a mutation, or a facade error code, a GraphQL error). The error layer (graphql-errors/)
 * turns it into the outcome without knowing which backend it came from, so no feature ever tests an
 * upstream's error class. Messages are written by us and never carry an upstream's secret.
 */
import type { FacadeErrorCode } from './error-codes.js';
import type { UserErrorCode } from './user-error-code.js';

export type BackendOutcome =
  | { readonly kind: 'user'; readonly code: UserErrorCode; readonly field?: string }
  | { readonly kind: 'facade'; readonly code: FacadeErrorCode; readonly retryAfterSeconds?: number };

export class BackendFailure extends Error {
  constructor(
    readonly outcome: BackendOutcome,
    message: string,
    /** The upstream's own code (e.g. Telegram's `MESSAGE_POLL_CLOSED`), for logs; never a secret. */
    readonly upstreamCode?: string,
  ) {
    super(message);
    this.name = 'BackendFailure';
  }
}
