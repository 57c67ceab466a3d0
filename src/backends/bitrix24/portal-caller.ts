import type { PortalCredential } from './credential.js';

/** The `time` block of every portal answer; every field is optional and parsed leniently (docs/bitrix24-contract.md §2.1). */
export interface PortalTime {
  start?: number;
  finish?: number;
  duration?: number;
  processing?: number;
  dateStart?: string;
  dateFinish?: string;
  /** unix seconds when the oldest bucket of this method's operating budget expires */
  operatingResetAt?: number;
  /** seconds of this method's run time over the last 10 minutes */
  operating?: number;
}

export interface PortalResponse<T> {
  result: T;
  total?: number;
  next?: number;
  time?: PortalTime;
}

export interface CallOptions {
  /** Marks a creation that the portal de-duplicates (e.g. `templateId`): the traffic engine may retry it. */
  idempotencyKey?: string;
  signal?: AbortSignal;
  /**
   * Background work (the live-results watcher): it goes only while the portal's mirrored bucket
   * has more than `reserve` request slots free and the method's run-time budget needs no pause,
   * and never waits: otherwise it is refused at once (RATE_LIMITED, reason BACKGROUND_DEFERRED)
   * and tries again later. So it never makes an interactive call wait for it, nor fills the
   * bucket to where the portal would answer QUERY_LIMIT_EXCEEDED.
   */
  background?: { readonly reserve: number };
}

export interface PortalDownload {
  body: Buffer;
  contentType: string;
  filename: string | null;
}

/**
 * What every layer above the raw client depends on, so that pacing, batching and retries can wrap
 * the client later without changing callers. Every failure is a PortalError.
 */
export interface PortalCaller {
  call<T>(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
    options?: CallOptions,
  ): Promise<PortalResponse<T>>;
  download(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
  ): Promise<PortalDownload>;
}
