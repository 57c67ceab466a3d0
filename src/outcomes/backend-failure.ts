/**
 * The backend-neutral failure every backend rejects with: it has been mapped through that backend's
 * own error table onto the closed outcome sets (a UserErrorCode, returned as data by a mutation, or a
 * facade error code, a GraphQL error). The error layer (graphql-errors/) turns it into the outcome
 * without knowing which backend it came from, so no feature ever tests an upstream's error class.
 *
 * Two ways to use it: a backend whose failures are decided once (Telegram) constructs it with the
 * outcome; a backend whose failures carry more than the outcome (Bitrix24's PortalError keeps what
 * the portal said for the retry policy) subclasses it and computes `outcome` from its own table.
 * Nothing here ever carries a secret: messages are ours, upstream codes and method names are
 * scrubbed by the backend before they get here.
 */
import type { FacadeErrorCode } from './error-codes.js';
import type { UserErrorCode } from './user-error-code.js';

/** `extensions.reason` on UNAUTHENTICATED when the caller's own access token has expired. */
export const TOKEN_EXPIRED = 'TOKEN_EXPIRED';

export type BackendOutcome =
  | {
      readonly kind: 'user';
      readonly code: UserErrorCode;
      /** The input field the upstream named (relative to `input`), when it named one. */
      readonly field?: string;
      /** Public text for the UserError, when the backend's table has a better one than the code's. */
      readonly message?: string;
    }
  | {
      readonly kind: 'facade';
      readonly code: FacadeErrorCode;
      readonly retryAfterSeconds?: number;
      /** A machine-readable sub-code for `extensions.reason` (e.g. TOKEN_EXPIRED on UNAUTHENTICATED). */
      readonly reason?: string;
    };

/** Which upstream call failed and what it answered: for `extensions.portal` and logs, never a secret. */
export interface UpstreamDescriptor {
  /** The backend's name, e.g. 'bitrix24' (logs only). */
  readonly backend: string;
  readonly method: string;
  /** The upstream's own error code exactly as sent (may be empty). */
  readonly code: string;
  readonly httpStatus: number | null;
}

export interface BackendFailureDetails {
  upstream?: UpstreamDescriptor;
  /** true when the call may have been carried out upstream although it failed here. */
  outcomeUnknown?: boolean;
}

export class BackendFailure extends Error {
  /** Set by a subclass that computes `outcome` itself (it passes null to the constructor). */
  readonly upstream: UpstreamDescriptor | undefined;
  readonly outcomeUnknown: boolean;
  readonly #outcome: BackendOutcome | null;

  constructor(
    outcome: BackendOutcome | null,
    message: string,
    /** The upstream's own code (e.g. Telegram's `MESSAGE_POLL_CLOSED`), for logs; never a secret. */
    readonly upstreamCode?: string,
    details: BackendFailureDetails = {},
  ) {
    super(message);
    this.name = 'BackendFailure';
    this.#outcome = outcome;
    this.upstream = details.upstream;
    this.outcomeUnknown =
      details.outcomeUnknown ?? (outcome?.kind === 'facade' && outcome.code === 'OUTCOME_UNKNOWN');
  }

  /** What the failure means in the closed outcome sets. */
  get outcome(): BackendOutcome {
    if (this.#outcome === null) throw new Error(`${this.name} has no outcome (a subclass must compute it)`);
    return this.#outcome;
  }

  /**
   * The text a client may see, or undefined for the outcome's generic one. By default the message
   * itself (written by the backend for the client); a subclass whose message is a diagnostic for
   * logs says undefined.
   */
  get publicMessage(): string | undefined {
    return this.message === '' ? undefined : this.message;
  }
}
