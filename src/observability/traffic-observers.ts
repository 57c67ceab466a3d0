/**
 * The TrafficObserver main.ts hands the traffic engine: metrics when enabled, the portal-call
 * debug log only at LOG_LEVEL=debug (nothing to pay otherwise), and tracing when it is on.
 */
import type { LogLevel } from '../config/config.js';
import type { TrafficObserver } from '../backends/bitrix24/traffic/traffic-observer.js';
import type { Logger } from './logger.js';
import type { FacadeMetrics } from './metrics/facade-metrics.js';
import { combineObservers } from './combine-observers.js';
import { PortalCallLog } from './portal-call-log.js';

export function trafficObserverFor(options: {
  metrics?: FacadeMetrics;
  logger: Logger;
  logLevel: LogLevel;
  tracing?: TrafficObserver;
}): TrafficObserver {
  return combineObservers(
    options.metrics?.portal,
    options.logLevel === 'debug' ? new PortalCallLog(options.logger) : undefined,
    options.tracing,
  );
}
