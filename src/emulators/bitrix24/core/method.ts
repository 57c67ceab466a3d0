import type { EmApp, EmOAuthToken, EmUser, EmWebhook, EmulatorState } from '../store/state.js';

/** Decoded request parameters: JSON values, or strings when they came from a query/form/batch. */
export type Params = Record<string, unknown>;

export type CallAuth =
  { kind: 'webhook'; webhook: EmWebhook } | { kind: 'oauth'; token: EmOAuthToken; app: EmApp };

/** Everything a method handler may know about the call it serves. */
export interface CallContext {
  state: EmulatorState;
  /** The portal user the call acts as (webhook owner or token owner). */
  user: EmUser;
  auth: CallAuth;
  /**
   * Stable key of the credential, used for the operating budget and ownership:
   * `webhook:<userId>:<code>` or `app:<clientId>`.
   */
  credentialKey: string;
  /** Canonical (documented-case) method name. */
  method: string;
  /** true when this call runs as one command inside `batch`. */
  batched: boolean;
  now: () => Date;
}

/** What a handler returns; the HTTP layer adds `time` and wraps it in the success envelope. */
export interface MethodOutcome {
  result: unknown;
  total?: number;
  next?: number;
}

/** A file response (vote.AttachedVote.download): not JSON, never allowed inside batch. */
export interface BinaryOutcome {
  binary: { body: Buffer; contentType: string; filename: string };
}

export type MethodHandler = (
  params: Params,
  ctx: CallContext,
) => MethodOutcome | BinaryOutcome | Promise<MethodOutcome | BinaryOutcome>;

export interface MethodDefinition {
  /** The documented name, e.g. `vote.AttachedVote.get`. Matched case-insensitively. */
  name: string;
  /** The call is allowed when the credential has any one of these scopes. */
  scopes: string[];
  handler: MethodHandler;
  /** Refused with 403 WRONG_AUTH_TYPE for webhook credentials (imconnector.*). */
  oauthOnly?: boolean;
  /** false for file methods and batch itself: refused inside batch (ERROR_BATCH_METHOD_NOT_ALLOWED). */
  batchable?: boolean;
}

export function isBinary(outcome: MethodOutcome | BinaryOutcome): outcome is BinaryOutcome {
  return 'binary' in outcome;
}
