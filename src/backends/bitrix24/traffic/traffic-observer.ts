/**
 * What the traffic engine tells whoever watches it (the server's /metrics). An interface the
 * portal layer owns and calls, so the portal layer never imports the server: main.ts hands an
 * implementation in. Every hook is optional and must not throw; events carry method names, error
 * codes and portal hosts only, never a credential.
 */

/** Why a call was sent again. */
export type RetryReason = 'query_limit' | 'operating_limit' | 'transient' | 'verify' | 'expired_token';

/** Why the engine answered RATE_LIMITED itself. */
export type RefusalReason = 'max_wait' | 'queue_full' | 'portal_limit' | 'background_deferred';

/** One HTTP request to the portal, finished (answered or failed). */
export interface PortalRequestEvent {
  /** the REST method, `batch` for a batch */
  method: string;
  /** the methods the request carried: one for a plain call, one per command for a batch */
  calls: readonly string[];
  durationMs: number;
  /** set when the request itself failed */
  error?: { code: string; httpStatus: number | null };
  /** codes of the commands a batch answered with `result_error` */
  commandErrors: readonly string[];
}

export interface TrafficObserver {
  portalRequest?(event: PortalRequestEvent): void;
  retry?(reason: RetryReason): void;
  /** a write answered OUTCOME_UNKNOWN to its caller */
  outcomeUnknown?(method: string): void;
  /** a call answered RATE_LIMITED by the engine (each call of a refused batch counts) */
  refused?(reason: RefusalReason): void;
  /** a call passed a pacing gate after `waitMs` (0 = no wait): a bucket slot or an operating pause */
  pacingWait?(kind: 'slot' | 'operating', waitMs: number): void;
  /** a `batch` request is about to carry `size` calls */
  batchSent?(size: number): void;
  /**
   * An attempt of a batchable call went out alone (`batchSize` 1) or inside a `batch` of
   * `batchSize`; called in the caller's async context once the attempt is answered or failed.
   */
  callTravelled?(batchSize: number): void;
  /** the mirrored leaky-bucket level of one portal (`portal` is its host), when known */
  bucketLevel?(portal: string, level: number): void;
  /** a refresh of the application's own token finished */
  tokenRefresh?(ok: boolean): void;
}

/** The portal host of a bucket key (an origin), for labels. */
export function portalHostOf(bucketKey: string): string {
  try {
    return new URL(bucketKey).host || bucketKey;
  } catch {
    return bucketKey;
  }
}
