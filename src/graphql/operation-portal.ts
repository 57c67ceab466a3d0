/**
 * The portal as one GraphQL operation sees it: the shared PortalCaller behind a per-operation
 * budget of calls and one overall deadline.
 *
 * - Budget: every call an operation makes (loaders, read-backs and nested fields included) counts;
 *   past GRAPHQL_MAX_PORTAL_CALLS the call is refused before it is sent (BAD_USER_INPUT, reason
 *   PORTAL_CALL_BUDGET_EXCEEDED). The cost limit refuses most such operations up front; this is
 *   the backstop where the calls are really made.
 * - Deadline: GRAPHQL_OPERATION_TIMEOUT_MS from the start of the request, shared by every call and
 *   retry. Calls get an AbortSignal that fires at the deadline, so a retry, a pacing wait or a
 *   request in flight stops there. A call refused because the deadline had already passed was never
 *   sent: PORTAL_UNAVAILABLE. A write cut while it was under way may have been carried out:
 *   OUTCOME_UNKNOWN, never a plain failure (re-read before repeating it). A read: PORTAL_UNAVAILABLE.
 */
import { FacadeGraphQLError } from '../graphql-errors/facade-errors.js';
import { BAD_INPUT_REASONS } from '../outcomes/error-codes.js';
import { isReadOnlyMethod } from '../backends/bitrix24/errors/classify-portal-error.js';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import type {
  CallOptions,
  PortalCaller,
  PortalDownload,
  PortalResponse,
} from '../backends/bitrix24/portal-caller.js';
import { PortalError } from '../backends/bitrix24/portal-error.js';

export const DEADLINE_REASON = 'OPERATION_DEADLINE_EXCEEDED';

export interface OperationPortalOptions {
  maxCalls: number;
  timeoutMs: number;
  now?: () => number;
}

export class OperationPortal implements PortalCaller {
  private calls = 0;
  private readonly deadline: number;
  private readonly now: () => number;
  private controller?: AbortController;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly inner: PortalCaller,
    private readonly options: OperationPortalOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.deadline = this.now() + options.timeoutMs;
  }

  /** Portal calls this operation has made so far. */
  get callCount(): number {
    return this.calls;
  }

  async call<T>(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
    options: CallOptions = {},
  ): Promise<PortalResponse<T>> {
    const deadline = this.admit(method);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
    try {
      return await this.inner.call<T>(method, params, credential, { ...options, signal });
    } catch (error) {
      if (deadline.aborted) throw this.cutByDeadline(method, error);
      throw error;
    }
  }

  async download(
    method: string,
    params: Record<string, unknown>,
    credential: PortalCredential,
  ): Promise<PortalDownload> {
    const deadline = this.admit(method);
    try {
      return await this.inner.download(method, params, credential);
    } catch (error) {
      if (deadline.aborted) throw this.cutByDeadline(method, error);
      throw error;
    }
  }

  /** Stops the deadline timer (the operation is over). */
  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private admit(method: string): AbortSignal {
    if (this.now() >= this.deadline) {
      throw new FacadeGraphQLError(
        'PORTAL_UNAVAILABLE',
        `The operation ran out of time (${this.options.timeoutMs} ms) before ${method} was sent; nothing was sent.`,
        { reason: DEADLINE_REASON, details: { timeoutMs: this.options.timeoutMs } },
      );
    }
    if (this.calls >= this.options.maxCalls) {
      throw new FacadeGraphQLError(
        'BAD_USER_INPUT',
        `The operation needs more than ${this.options.maxCalls} portal calls; split it into smaller operations.`,
        { reason: BAD_INPUT_REASONS.portalCallBudget, details: { maxPortalCalls: this.options.maxCalls } },
      );
    }
    this.calls += 1;
    return this.deadlineSignal();
  }

  /** One timer per operation, started by its first portal call (most operations make none). */
  private deadlineSignal(): AbortSignal {
    if (this.controller === undefined) {
      const controller = new AbortController();
      this.controller = controller;
      this.timer = setTimeout(
        () => controller.abort(new Error('operation deadline')),
        Math.max(0, this.deadline - this.now()),
      );
      this.timer.unref();
    }
    return this.controller.signal;
  }

  private cutByDeadline(method: string, error: unknown): unknown {
    // The portal's own answer (a business error) arrived as the deadline fired: it stands.
    if (error instanceof PortalError && !error.transport && !error.outcomeUnknown) return error;
    // Anything else may have cut a write after it was sent, or between attempts of one.
    const surelyNotSent = error instanceof PortalError && !error.outcomeUnknown;
    if (!isReadOnlyMethod(method) && !surelyNotSent) {
      return new FacadeGraphQLError(
        'OUTCOME_UNKNOWN',
        `The operation ran out of time (${this.options.timeoutMs} ms) while ${method} was under way; it may or may not have been carried out. Read the state again before repeating it.`,
        { reason: DEADLINE_REASON, details: { timeoutMs: this.options.timeoutMs } },
      );
    }
    return new FacadeGraphQLError(
      'PORTAL_UNAVAILABLE',
      `The operation ran out of time (${this.options.timeoutMs} ms) while waiting for ${method}.`,
      { reason: DEADLINE_REASON, details: { timeoutMs: this.options.timeoutMs } },
    );
  }
}
