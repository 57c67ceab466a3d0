/**
 * One attempt of one call: wait for the method's operating budget, then either join a batch
 * window (batchable methods, batching on) or take a request slot and go alone. Feeds every answer's
 * time block back into the operating mirror. No retries here (traffic-engine.ts decides those).
 */
import { callBatch, type BatchCommand, type BatchOutcome } from '../batch.js';
import type { PortalCredential } from '../credential.js';
import { PortalError } from '../portal-error.js';
import type {
  CallOptions,
  PortalCaller,
  PortalDownload,
  PortalResponse,
  PortalTime,
} from '../portal-caller.js';
import { BatchWindow, type BatchGroup } from './batch-window.js';
import { abortReason, type Clock } from './clock.js';
import { budgetKeyOf, bucketKeyOf, credentialKeyOf } from './credential-keys.js';
import { isBatchable } from './method-kinds.js';
import type { Pacer } from './pacer.js';
import { withMethod } from './traffic-errors.js';
import type { BatchingOptions } from '../../../config/traffic-options.js';
import type { TrafficObserver } from './traffic-observer.js';

interface Job {
  method: string;
  params: Record<string, unknown>;
  credential: PortalCredential;
  options: CallOptions;
  /** budgetKeyOf(credential, method), computed once in call() for the flush's operating mirror */
  budgetKey: string;
  resolve: (response: PortalResponse<unknown>) => void;
  reject: (error: unknown) => void;
  /** set when the job went out: 1 alone, n inside a `batch` of n */
  sentWith?: number;
}

export interface DispatchStats {
  /** HTTP requests sent to the portal (a batch counts once) */
  httpRequests: number;
  batches: number;
  /** calls that travelled inside a batch */
  batchedCalls: number;
}

export class Dispatcher {
  readonly stats: DispatchStats = { httpRequests: 0, batches: 0, batchedCalls: 0 };
  private readonly window: BatchWindow<Job>;

  constructor(
    private readonly inner: PortalCaller,
    private readonly pacer: Pacer,
    private readonly batching: BatchingOptions,
    clock: Clock,
    private readonly observer: TrafficObserver = {},
  ) {
    this.window = new BatchWindow<Job>(
      { windowMs: batching.windowMs, maxItems: batching.maxCommands },
      clock,
      (group) => void this.flush(group),
    );
  }

  async call<T>(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
    options: CallOptions,
  ): Promise<PortalResponse<T>> {
    const budgetKey = budgetKeyOf(credential, method);
    this.pacer.enter(method);
    let queued = true;
    try {
      const background = options.background;
      await this.pacer.methodGate(budgetKey, method, options.signal, background !== undefined);
      // Background calls never join a window: they would share a slot with interactive calls.
      if (this.batching.enabled && isBatchable(method) && background === undefined) {
        queued = false; // the batch flush calls leave() for this job
        const job = { method, params, credential, options, budgetKey } as Job;
        try {
          return (await new Promise<PortalResponse<unknown>>((resolve, reject) => {
            job.resolve = resolve;
            job.reject = reject;
            this.window.add(credentialKeyOf(credential), job);
          })) as PortalResponse<T>;
        } finally {
          // Here, not in the flush: this runs in the caller's async context (a tracer's span).
          if (job.sentWith !== undefined) this.observer.callTravelled?.(job.sentWith);
        }
      }
      await this.pacer.slot(bucketKeyOf(credential), method, options.signal, background);
    } finally {
      if (queued) this.pacer.leave();
    }
    this.stats.httpRequests += 1;
    const response = await this.inner.call<T>(method, params, credential, options);
    await this.observe(budgetKey, response.time);
    return response;
  }

  async download(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
  ): Promise<PortalDownload> {
    this.pacer.enter(method);
    try {
      await this.pacer.methodGate(budgetKeyOf(credential, method), method);
      await this.pacer.slot(bucketKeyOf(credential), method);
    } finally {
      this.pacer.leave();
    }
    this.stats.httpRequests += 1;
    return this.inner.download(method, params, credential);
  }

  private async observe(budgetKey: string, time: PortalTime | undefined): Promise<void> {
    if (time?.operating === undefined) return;
    try {
      await this.pacer.observe(budgetKey, time.operating, time.operatingResetAt);
    } catch {
      // A state store hiccup must not fail a call that succeeded.
    }
  }

  private async flush(group: BatchGroup<Job>): Promise<void> {
    const first = group.items[0];
    if (!first) return;
    try {
      await this.pacer.slot(bucketKeyOf(first.credential), 'batch');
    } catch (error) {
      this.window.close(group);
      this.release(group.items);
      for (const job of group.items)
        job.reject(error instanceof PortalError ? withMethod(error, job.method) : error);
      return;
    }
    this.window.close(group);
    this.release(group.items);
    const jobs = group.items.filter((job) => {
      if (!job.options.signal?.aborted) return true;
      job.reject(abortReason(job.options.signal));
      return false;
    });
    if (jobs.length === 1 && jobs[0]) return this.sendAlone(jobs[0]);
    if (jobs.length > 1) return this.sendBatch(jobs);
  }

  private release(jobs: readonly Job[]): void {
    for (let i = 0; i < jobs.length; i++) this.pacer.leave();
  }

  /** A window that caught one call: a plain request, no `batch` wrapping (same answer as without batching). */
  private async sendAlone(job: Job): Promise<void> {
    this.stats.httpRequests += 1;
    job.sentWith = 1;
    try {
      const response = await this.inner.call<unknown>(job.method, job.params, job.credential, job.options);
      await this.observe(job.budgetKey, response.time);
      job.resolve(response);
    } catch (error) {
      job.reject(error);
    }
  }

  private async sendBatch(jobs: readonly Job[]): Promise<void> {
    const commands: Record<string, BatchCommand> = {};
    jobs.forEach((job, index) => {
      commands[`c${index}`] = { method: job.method, params: job.params };
    });
    this.stats.httpRequests += 1;
    this.stats.batches += 1;
    this.stats.batchedCalls += jobs.length;
    this.observer.batchSent?.(jobs.length);
    for (const job of jobs) job.sentWith = jobs.length;
    let outcomes: Record<string, BatchOutcome>;
    try {
      outcomes = await callBatch(this.inner, commands, jobs[0]!.credential);
    } catch (error) {
      // The batch request itself failed: every command shares its fate, under its own name.
      for (const job of jobs)
        job.reject(error instanceof PortalError ? withMethod(error, job.method) : error);
      return;
    }
    await Promise.all(
      jobs.map(async (job, index) => {
        const outcome = outcomes[`c${index}`];
        if (!outcome) return job.reject(new Error('batch answer lost a command'));
        if (!outcome.ok) return job.reject(outcome.error);
        await this.observe(job.budgetKey, outcome.time);
        const response: PortalResponse<unknown> = { result: outcome.result };
        if (outcome.total !== undefined) response.total = outcome.total;
        if (outcome.next !== undefined) response.next = outcome.next;
        if (outcome.time !== undefined) response.time = outcome.time;
        job.resolve(response);
      }),
    );
  }
}
