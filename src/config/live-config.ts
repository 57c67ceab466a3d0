/**
 * Live poll results (GraphQL subscriptions over WebSocket): how much one client may hold open and
 * how the Bitrix24 watcher paces itself. Every number bounds memory or portal work per client.
 */
import { readInteger, type Env, type ProblemList } from './env-readers.js';

export interface LiveConfig {
  /** LIVE_MAX_CONNECTIONS_PER_IDENTITY: open WebSockets one identity may hold at once. */
  readonly maxConnectionsPerIdentity: number;
  /** LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION: active subscriptions on one WebSocket. */
  readonly maxSubscriptionsPerConnection: number;
  /** LIVE_MAX_POLLS_PER_SUBSCRIPTION: ids one `pollResults` subscription may name. */
  readonly maxPollsPerSubscription: number;
  /** LIVE_WATCH_INTERVAL_MS: the Bitrix24 watcher's tick while something changes. */
  readonly watchIntervalMs: number;
  /** LIVE_WATCH_MAX_INTERVAL_MS: the longest the watcher backs off to while nothing changes. */
  readonly watchMaxIntervalMs: number;
  /**
   * LIVE_WATCH_RESERVE: request slots of the portal's burst the watcher always leaves to
   * interactive calls (it reads only while the mirrored bucket has more than this free).
   */
  readonly watchReserve: number;
}

export function readLiveConfig(env: Env, problems: ProblemList): LiveConfig {
  const watchIntervalMs = readInteger(
    env,
    'LIVE_WATCH_INTERVAL_MS',
    2000,
    { min: 50, max: 600_000 },
    problems,
  );
  const watchMaxIntervalMs = readInteger(
    env,
    'LIVE_WATCH_MAX_INTERVAL_MS',
    30_000,
    { min: 50, max: 3_600_000 },
    problems,
  );
  if (watchMaxIntervalMs < watchIntervalMs) {
    problems.add('LIVE_WATCH_MAX_INTERVAL_MS must not be below LIVE_WATCH_INTERVAL_MS');
  }
  return {
    maxConnectionsPerIdentity: readInteger(
      env,
      'LIVE_MAX_CONNECTIONS_PER_IDENTITY',
      10,
      { min: 1, max: 10_000 },
      problems,
    ),
    maxSubscriptionsPerConnection: readInteger(
      env,
      'LIVE_MAX_SUBSCRIPTIONS_PER_CONNECTION',
      20,
      { min: 1, max: 10_000 },
      problems,
    ),
    maxPollsPerSubscription: readInteger(
      env,
      'LIVE_MAX_POLLS_PER_SUBSCRIPTION',
      100,
      { min: 1, max: 2500 },
      problems,
    ),
    watchIntervalMs,
    watchMaxIntervalMs,
    watchReserve: readInteger(env, 'LIVE_WATCH_RESERVE', 20, { min: 0, max: 1000 }, problems),
  };
}
