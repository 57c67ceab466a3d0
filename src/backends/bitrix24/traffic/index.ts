/** The portal traffic engine: pacing, cross-request batching, safe retries, token refresh. */
export {
  createTrafficEngine,
  type TrafficEngine,
  type TrafficEngineInit,
  type TrafficStats,
} from './traffic-engine.js';
export * from '../../../config/traffic-options.js';
export { AppTokens, DEFAULT_OAUTH_URL, type AppTokenOptions } from './app-tokens.js';
export { MemoryRateStore, type RateStore } from './rate-store.js';
export { RedisRateStore, type RedisRateStoreOptions } from './redis-rate-store.js';
export { RateLimitedError, isRateLimitedError, OUTCOME_UNKNOWN, RATE_LIMITED } from './traffic-errors.js';
export { systemClock, type Clock } from './clock.js';
export { methodKind, isBatchable, type MethodKind } from './method-kinds.js';
export {
  readTrafficConfig,
  type TrafficConfig,
  type AppCredentialsConfig,
} from '../../../config/traffic-config.js';
export { createPortalTraffic, type PortalTraffic, type PortalTrafficInit } from './from-config.js';
