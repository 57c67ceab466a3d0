/**
 * The portal traffic engine: a PortalCaller that wraps the raw client with pacing (leaky bucket
 * and operating budget mirrors), cross-request batching into `batch`, code-aware retries that
 * never repeat an unsafe creation, ballot read-back, and single-flight refresh of the
 * application's own OAuth token. Callers see the same PortalCaller interface; every failure is a
 * PortalError (RATE_LIMITED and OUTCOME_UNKNOWN included).
 */
import { isExpiredToken, isOperatingLimit, isRateLimit } from '../errors.js';
import type { PortalCredential } from '../credential.js';
import { PortalError } from '../portal-error.js';
import type { CallOptions, PortalCaller, PortalDownload, PortalResponse } from '../portal-caller.js';
import type { AppTokens } from './app-tokens.js';
import { ballotLanded, pollRefOf } from './ballot-check.js';
import { systemClock, type Clock } from './clock.js';
import { budgetKeyOf, bucketKeyOf } from './credential-keys.js';
import { Dispatcher, type DispatchStats } from './dispatcher.js';
import { methodKind } from './method-kinds.js';
import { Pacer, type PacerStats } from './pacer.js';
import { MemoryRateStore, type RateStore } from './rate-store.js';
import { decideRetry } from './retry-policy.js';
import { OUTCOME_UNKNOWN, RateLimitedError, outcomeUnknownError } from './traffic-errors.js';
import { observeRequests } from './observed-caller.js';
import type { RefusalReason, TrafficObserver } from './traffic-observer.js';
import {
  resolveTrafficOptions,
  type TrafficOptions,
  type TrafficOptionsInput,
} from '../../../config/traffic-options.js';

export interface TrafficStats extends DispatchStats, PacerStats {
  retries: number;
  ballotChecks: number;
  tokenRefreshes: number;
}

export interface TrafficEngine extends PortalCaller {
  readonly options: TrafficOptions;
  stats(): TrafficStats;
  close(): Promise<void>;
}

export interface TrafficEngineInit {
  options?: TrafficOptionsInput;
  /** Where pacing state lives; default in memory. Use RedisRateStore to share it between replicas. */
  store?: RateStore;
  clock?: Clock;
  random?: () => number;
  /** The application's own tokens, refreshed on `expired_token`. */
  appTokens?: AppTokens;
  /** Told about requests, waits, retries and refusals (the server's /metrics); never sees a credential. */
  observer?: TrafficObserver;
}

const BALLOT_READ = 'vote.AttachedVote.get';

const REFUSAL_REASONS: Record<RateLimitedError['reason'], RefusalReason> = {
  WAIT_TOO_LONG: 'max_wait',
  QUEUE_FULL: 'queue_full',
  PORTAL_RATE_LIMIT: 'portal_limit',
  BACKGROUND_DEFERRED: 'background_deferred',
};

export function createTrafficEngine(inner: PortalCaller, init: TrafficEngineInit = {}): TrafficEngine {
  const options = resolveTrafficOptions(init.options);
  const clock = init.clock ?? systemClock;
  const random = init.random ?? Math.random;
  const store = init.store ?? new MemoryRateStore(clock);
  const observer = init.observer ?? {};
  const callsPerRequest = options.batching.enabled ? options.batching.maxCommands : 1;
  const pacer = new Pacer(options.pacing, store, clock, observer, callsPerRequest);
  const dispatcher = new Dispatcher(
    observeRequests(inner, observer),
    pacer,
    options.batching,
    clock,
    observer,
  );
  const counters = { retries: 0, ballotChecks: 0, tokenRefreshes: 0 };

  /** Tells the mirrors what the portal said about its limits. */
  async function learnFrom(error: PortalError, credential: PortalCredential, method: string): Promise<void> {
    if (!pacer.enabled) return;
    try {
      if (isOperatingLimit(error)) await pacer.methodExhausted(budgetKeyOf(credential, method));
      else await pacer.portalSaysFull(bucketKeyOf(credential));
    } catch {
      // The store is unreachable: the retry still waits its backoff.
    }
  }

  async function withRetries<T>(
    method: string,
    credential: PortalCredential,
    callOptions: CallOptions,
    attempt: (credential: PortalCredential) => Promise<T>,
    readBack?: (credential: PortalCredential) => Promise<T | undefined>,
  ): Promise<T> {
    const kind = methodKind(method);
    // The retry time budget runs from the first failure, not from the call: a call that queued
    // for pacing up to maxWaitMs must still get its retries. Counting the queue made a keyed
    // creation whose first attempt hit a connection reset after a long queue end OUTCOME_UNKNOWN
    // although repeating it was safe.
    let firstFailureAt: number | undefined;
    let current = credential;
    let refreshed = false;
    let transientAttempts = 0;
    let rateLimitRetries = 0;
    let earlierOutcomeUnknown = false;
    for (;;) {
      try {
        return await attempt(current);
      } catch (error) {
        if (!(error instanceof PortalError)) throw error;
        firstFailureAt ??= clock.now();
        if (isExpiredToken(error) && !refreshed && init.appTokens?.owns(current)) {
          refreshed = true;
          current = await init.appTokens.refresh(current);
          counters.tokenRefreshes += 1;
          observer.retry?.('expired_token');
          continue;
        }
        const rateLimited = isRateLimit(error);
        if (!rateLimited) transientAttempts += 1;
        const decision = decideRetry(error, {
          kind,
          hasIdempotencyKey: Boolean(callOptions.idempotencyKey),
          transientAttempts,
          rateLimitRetries,
          elapsedMs: clock.now() - firstFailureAt,
          earlierOutcomeUnknown,
          options: options.retry,
          random,
        });
        if (decision.action === 'fail') {
          if (decision.outcomeUnknown && error.code !== 'OUTCOME_UNKNOWN')
            throw outcomeUnknownError(error, method);
          if (rateLimited) {
            throw new RateLimitedError(
              method,
              options.pacing.operatingPauseMs,
              'PORTAL_RATE_LIMIT',
              error.message,
            );
          }
          throw error;
        }
        counters.retries += 1;
        observer.retry?.(
          decision.action === 'verify'
            ? 'verify'
            : decision.rateLimit === 'operating'
              ? 'operating_limit'
              : decision.rateLimit === 'bucket'
                ? 'query_limit'
                : 'transient',
        );
        if (decision.action === 'retry' && decision.rateLimit !== null) {
          rateLimitRetries += 1;
          await learnFrom(error, current, method);
          // Without pacing nothing else slows the next attempt down.
          if (!pacer.enabled) await clock.sleep(1000 / options.pacing.drainPerSecond, callOptions.signal);
          continue;
        }
        earlierOutcomeUnknown ||= error.outcomeUnknown;
        await clock.sleep(decision.delayMs, callOptions.signal);
        if (decision.action === 'verify' && readBack) {
          counters.ballotChecks += 1;
          let landed: T | undefined;
          try {
            landed = await readBack(current);
          } catch (readError) {
            throw outcomeUnknownError(readError instanceof PortalError ? readError : error, method);
          }
          if (landed !== undefined) return landed;
          earlierOutcomeUnknown = false; // the read-back shows the ballot did not land
        }
      }
    }
  }

  /** Reports the final failures a caller sees: OUTCOME_UNKNOWN and the engine's own RATE_LIMITED. */
  function noteFailure(method: string) {
    return (error: unknown): never => {
      if (error instanceof RateLimitedError) observer.refused?.(REFUSAL_REASONS[error.reason]);
      else if (error instanceof PortalError && error.code === OUTCOME_UNKNOWN)
        observer.outcomeUnknown?.(method);
      throw error;
    };
  }

  const engine: TrafficEngine = {
    options,

    call<T>(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
      callOptions: CallOptions = {},
    ): Promise<PortalResponse<T>> {
      const readBack =
        methodKind(method) === 'ballot'
          ? async (current: PortalCredential): Promise<PortalResponse<T> | undefined> => {
              const read = await engine.call<unknown>(BALLOT_READ, pollRefOf(params), current, {
                ...(callOptions.signal ? { signal: callOptions.signal } : {}),
              });
              // The ballot's own answer is `{ attach }`, the same shape `get` returns.
              return ballotLanded(params, read.result) ? (read as PortalResponse<T>) : undefined;
            }
          : undefined;
      return withRetries(
        method,
        credential,
        callOptions,
        (current) => dispatcher.call<T>(method, params, current, callOptions),
        readBack,
      ).catch(noteFailure(method));
    },

    download(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
    ): Promise<PortalDownload> {
      return withRetries(method, credential, {}, (current) =>
        dispatcher.download(method, params, current),
      ).catch(noteFailure(method));
    },

    stats: () => ({ ...dispatcher.stats, ...pacer.stats, ...counters }),

    close: () => store.close(),
  };
  return engine;
}
