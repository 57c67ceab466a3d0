/**
 * The replicas' shared state (src/state): in Redis when REDIS_URL is set (the same Redis the
 * traffic engine shares its pacing through), else in this facade's memory. One facade per process
 * in production; in tests two facades in one process are two replicas, each with its own memory.
 */
import type { Config } from '../config/config.js';
import { createMemorySharedState } from '../state/memory-shared-state.js';
import { createRedisSharedState } from '../state/redis-shared-state.js';
import type { SharedState } from '../state/shared-state.js';

export function createSharedState(config: Config): SharedState {
  const url = config.traffic.redisUrl;
  return url === undefined ? createMemorySharedState() : createRedisSharedState({ url });
}
