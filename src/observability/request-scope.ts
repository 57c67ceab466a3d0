/**
 * The request a piece of work belongs to, carried by AsyncLocalStorage from the HTTP handler down
 * to the portal calls (which never see the request otherwise), so a portal call's log line and
 * span name their request. A batch the traffic engine coalesced from several requests runs in the
 * scope of the request that opened its window.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { RequestRecord } from './request-record.js';

export const requestScope = new AsyncLocalStorage<RequestRecord>();

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
