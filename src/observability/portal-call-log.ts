/**
 * Debug lines for portal traffic, fed by the traffic engine's TrafficObserver hooks: each HTTP
 * request to the portal (method, calls carried, duration, error code) and each retry, with the
 * request id of the GraphQL request behind it. Only method names and codes: events never carry a
 * credential. Outages reach `warn` once per GraphQL request, in the request line (facade-server).
 */
import type {
  PortalRequestEvent,
  RetryReason,
  TrafficObserver,
} from '../backends/bitrix24/traffic/traffic-observer.js';
import type { Logger } from './logger.js';
import { currentRequestId } from './request-scope.js';

export class PortalCallLog implements TrafficObserver {
  constructor(private readonly logger: Logger) {}

  portalRequest(event: PortalRequestEvent): void {
    this.logger.debug('portal call', {
      requestId: currentRequestId(),
      method: event.method,
      calls: event.calls.length,
      durationMs: Math.round(event.durationMs),
      code: event.error?.code,
      httpStatus: event.error?.httpStatus,
      commandErrors: event.commandErrors.length > 0 ? event.commandErrors : undefined,
    });
  }

  retry(reason: RetryReason): void {
    this.logger.debug('portal retry', { requestId: currentRequestId(), reason });
  }

  refused(reason: string): void {
    this.logger.debug('portal call refused (RATE_LIMITED)', { requestId: currentRequestId(), reason });
  }
}
