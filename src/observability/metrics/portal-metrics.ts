/**
 * The portal and traffic-engine metrics, fed by the engine through the TrafficObserver interface
 * (the portal layer never imports this file). Labels are method names, error codes, reasons and
 * portal hosts: bounded sets, never a token or an id.
 */
import type {
  PortalRequestEvent,
  RefusalReason,
  RetryReason,
  TrafficObserver,
} from '../../backends/bitrix24/traffic/traffic-observer.js';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import { LabelBound } from './label-bounds.js';

const SECONDS_BUCKETS = [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
const WAIT_BUCKETS = [0, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60];
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 30, 40, 50];
const RATE_LIMIT_CODES = new Set(['QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT']);

/**
 * Error codes as label values: the portal's own codes are short identifiers; anything else (a
 * code we have never seen, with odd characters) becomes `other`, and an empty code names the status.
 */
export function codeLabel(code: string, httpStatus: number | null = null): string {
  if (code === '') return httpStatus === null ? 'EMPTY' : `HTTP_${httpStatus}`;
  return /^[A-Za-z0-9_.-]{1,64}$/.test(code) ? code : 'other';
}

/** Method names as label values (the facade calls a fixed set; guard anyway). */
function methodLabel(method: string): string {
  return /^[A-Za-z0-9_.]{1,100}$/.test(method) ? method : 'other';
}

/** A source of the engine's live queue length (the TrafficEngine's stats()). */
export interface QueueSource {
  stats(): { queued: number };
}

export class PortalMetrics implements TrafficObserver {
  private readonly requests;
  private readonly calls;
  private readonly errors;
  private readonly duration;
  private readonly rateLimitAnswers;
  private readonly retries;
  private readonly outcomeUnknowns;
  private readonly refusals;
  private readonly pacedCalls;
  private readonly pacingWaits;
  private readonly batchSizes;
  private readonly bucketLevels;
  private readonly tokenRefreshes;
  private readonly queues: QueueSource[] = [];
  private readonly methodValues = new LabelBound();
  private readonly codeValues = new LabelBound();
  private readonly portalValues = new LabelBound();

  constructor(registry: Registry) {
    this.requests = new Counter({
      registers: [registry],
      name: 'b24facade_portal_requests_total',
      help: 'HTTP requests sent to the portal, by REST method (batch for a batch request); retries included.',
      labelNames: ['method'],
    });
    this.calls = new Counter({
      registers: [registry],
      name: 'b24facade_portal_calls_total',
      help: 'Method calls carried to the portal: one per plain request, one per command inside a batch.',
      labelNames: ['method'],
    });
    this.errors = new Counter({
      registers: [registry],
      name: 'b24facade_portal_errors_total',
      help: 'Portal errors by code: failed requests and failed batch commands (result_error).',
      labelNames: ['code'],
    });
    this.duration = new Histogram({
      registers: [registry],
      name: 'b24facade_portal_request_duration_seconds',
      help: 'Duration of HTTP requests to the portal, by REST method (batch for a batch request).',
      labelNames: ['method'],
      buckets: SECONDS_BUCKETS,
    });
    this.rateLimitAnswers = new Counter({
      registers: [registry],
      name: 'b24facade_portal_rate_limit_answers_total',
      help: 'Rate-limit answers seen from the portal (QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, other HTTP 429).',
      labelNames: ['code'],
    });
    this.retries = new Counter({
      registers: [registry],
      name: 'b24facade_portal_retries_total',
      help: 'Calls sent again by the traffic engine, by reason (query_limit, operating_limit, transient, verify, expired_token).',
      labelNames: ['reason'],
    });
    this.outcomeUnknowns = new Counter({
      registers: [registry],
      name: 'b24facade_portal_outcome_unknown_total',
      help: 'Writes answered OUTCOME_UNKNOWN: no reliable answer and not safe to repeat.',
    });
    this.refusals = new Counter({
      registers: [registry],
      name: 'b24facade_traffic_rate_limited_total',
      help: 'Calls the facade answered RATE_LIMITED itself, by reason (max_wait, queue_full, portal_limit).',
      labelNames: ['reason'],
    });
    this.pacedCalls = new Counter({
      registers: [registry],
      name: 'b24facade_traffic_paced_calls_total',
      help: 'Calls that had to wait for pacing, by gate (slot: the leaky bucket, operating: a method pause).',
      labelNames: ['kind'],
    });
    this.pacingWaits = new Histogram({
      registers: [registry],
      name: 'b24facade_traffic_pacing_wait_seconds',
      help: 'Time calls waited for pacing (every bucket slot, including no wait; every operating pause).',
      labelNames: ['kind'],
      buckets: WAIT_BUCKETS,
    });
    this.batchSizes = new Histogram({
      registers: [registry],
      name: 'b24facade_traffic_batch_size',
      help: 'Calls carried per batch request the traffic engine sent.',
      buckets: BATCH_BUCKETS,
    });
    this.bucketLevels = new Gauge({
      registers: [registry],
      name: 'b24facade_traffic_bucket_level',
      help: "Estimated level of the portal's leaky bucket (requests), from the pacing mirror.",
      labelNames: ['portal'],
    });
    this.tokenRefreshes = new Counter({
      registers: [registry],
      name: 'b24facade_app_token_refreshes_total',
      help: "Refreshes of the application's own OAuth token, by result (ok, failed).",
      labelNames: ['result'],
    });
    const queueLength: Gauge = new Gauge({
      registers: [registry],
      name: 'b24facade_traffic_queue_length',
      help: 'Calls waiting in the traffic engine right now (for a slot, a method pause or a batch window).',
      collect: () => queueLength.set(this.queues.reduce((sum, queue) => sum + queue.stats().queued, 0)),
    });
  }

  /** Reports the queue length of this engine (a process normally has one). */
  watchQueue(source: QueueSource): void {
    this.queues.push(source);
  }

  portalRequest(event: PortalRequestEvent): void {
    const method = this.methodValues.of(methodLabel(event.method));
    this.requests.inc({ method });
    for (const call of event.calls) this.calls.inc({ method: this.methodValues.of(methodLabel(call)) });
    this.duration.observe({ method }, event.durationMs / 1000);
    const codes = event.error ? [event.error] : [];
    for (const code of event.commandErrors) codes.push({ code, httpStatus: null });
    for (const { code, httpStatus } of codes) {
      this.errors.inc({ code: this.codeValues.of(codeLabel(code, httpStatus)) });
      const upper = code.toUpperCase();
      if (RATE_LIMIT_CODES.has(upper)) this.rateLimitAnswers.inc({ code: upper });
      else if (httpStatus === 429) this.rateLimitAnswers.inc({ code: 'HTTP_429' });
    }
  }

  retry(reason: RetryReason): void {
    this.retries.inc({ reason });
  }

  outcomeUnknown(): void {
    this.outcomeUnknowns.inc();
  }

  refused(reason: RefusalReason): void {
    this.refusals.inc({ reason });
  }

  pacingWait(kind: 'slot' | 'operating', waitMs: number): void {
    if (waitMs > 0) this.pacedCalls.inc({ kind });
    this.pacingWaits.observe({ kind }, waitMs / 1000);
  }

  batchSent(size: number): void {
    this.batchSizes.observe(size);
  }

  bucketLevel(portal: string, level: number): void {
    this.bucketLevels.set({ portal: this.portalValues.of(portal) }, Math.round(level * 100) / 100);
  }

  tokenRefresh(ok: boolean): void {
    this.tokenRefreshes.inc({ result: ok ? 'ok' : 'failed' });
  }
}
