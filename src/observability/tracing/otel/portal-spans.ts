/**
 * Portal spans, children of the calling request's operation span:
 * - one per portal call (the PortalCaller wrapper, in the caller's async context): method,
 *   whether it travelled inside a `batch` and with how many calls, retries (one event each, with
 *   the reason), and for a failure the portal's error code and HTTP status;
 * - one per `batch` HTTP request: command count and methods, per-command error codes. A batch the
 *   traffic engine coalesced gets its own span (from the traffic observer), a child of the
 *   request whose call opened its window (the scope the flush runs in); a `batch` a feature sent
 *   itself is a portal call, and its call span gets the same attributes.
 * A call's plain HTTP requests (one per attempt) are events on the call span. Attributes hold
 * method names, codes, counts and the portal URL scrubbed of webhook codes and `auth` values.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { SpanKind, SpanStatusCode, type Attributes, type Span, type Tracer } from '@opentelemetry/api';
import type { PortalCredential } from '../../../backends/bitrix24/credential.js';
import { PortalError } from '../../../backends/bitrix24/portal-error.js';
import type {
  CallOptions,
  PortalCaller,
  PortalDownload,
  PortalResponse,
} from '../../../backends/bitrix24/portal-caller.js';
import { redact } from '../../../outcomes/redact.js';
import type {
  PortalRequestEvent,
  RetryReason,
  TrafficObserver,
} from '../../../backends/bitrix24/traffic/traffic-observer.js';
import type { OperationSpans } from './operation-spans.js';

interface CallState {
  readonly span: Span;
  readonly method: string;
  retries: number;
  /** of the last attempt that went out: 1 alone, n in a batch of n */
  batchSize?: number;
}

/** Where a call goes, without its secret: a webhook's code and any `auth=` value are scrubbed. */
export function portalUrlOf(credential: PortalCredential, method: string): { url: string; host: string } {
  const base = credential.kind === 'webhook' ? credential.webhookUrl : `${credential.portalUrl}/rest/`;
  const secrets = credential.kind === 'oauth' ? [credential.accessToken] : [];
  let host = '';
  try {
    host = new URL(base).host;
  } catch {
    // left empty: a credential that is not a URL never reaches the wire anyway
  }
  return { url: redact(`${base}${method}`, secrets), host };
}

function batchAttributes(event: PortalRequestEvent): Attributes {
  const attributes: Attributes = {
    'bitrix24.batch.commands': event.calls.length,
    'bitrix24.batch.methods': [...new Set(event.calls)],
  };
  if (event.commandErrors.length > 0)
    attributes['bitrix24.batch.command_error_codes'] = [...event.commandErrors];
  return attributes;
}

function startTime(durationMs: number): number {
  return performance.timeOrigin + performance.now() - durationMs;
}

export class PortalSpans implements TrafficObserver {
  private readonly calls = new AsyncLocalStorage<CallState>();

  constructor(
    private readonly tracer: Tracer,
    private readonly operations: OperationSpans,
  ) {}

  wrap(inner: PortalCaller): PortalCaller {
    return {
      call: <T>(
        method: string,
        params: Record<string, unknown>,
        credential: PortalCredential,
        options?: CallOptions,
      ): Promise<PortalResponse<T>> =>
        this.traced(method, credential, () => inner.call<T>(method, params, credential, options)),
      download: (
        method: string,
        params: Record<string, unknown>,
        credential: PortalCredential,
      ): Promise<PortalDownload> =>
        this.traced(method, credential, () => inner.download(method, params, credential)),
    };
  }

  private async traced<R>(method: string, credential: PortalCredential, send: () => Promise<R>): Promise<R> {
    const { url, host } = portalUrlOf(credential, method);
    const span = this.tracer.startSpan(
      `portal ${method}`,
      {
        kind: SpanKind.CLIENT,
        attributes: { 'bitrix24.method': method, 'server.address': host, 'url.full': url },
      },
      this.operations.current(),
    );
    const state: CallState = { span, method, retries: 0 };
    try {
      const answer = await this.calls.run(state, send);
      this.finish(state);
      return answer;
    } catch (error) {
      this.finish(state, error);
      throw error;
    }
  }

  private finish(state: CallState, error?: unknown): void {
    const { span } = state;
    const batchSize = state.batchSize ?? 1;
    span.setAttributes({
      'bitrix24.batched': batchSize > 1,
      'bitrix24.batch.size': batchSize,
      'bitrix24.retry.count': state.retries,
    });
    if (error !== undefined) {
      const code = error instanceof PortalError ? error.code : 'UNEXPECTED';
      const attributes: Attributes = { 'bitrix24.error_code': code, 'error.type': code };
      if (error instanceof PortalError && error.httpStatus !== null)
        attributes['http.response.status_code'] = error.httpStatus;
      span.setAttributes(attributes);
      // The code, not the message: a message may quote what the portal echoed.
      span.setStatus({ code: SpanStatusCode.ERROR, message: code });
    }
    span.end();
  }

  // TrafficObserver hooks (the engine calls them; none may throw).

  retry(reason: RetryReason): void {
    const state = this.calls.getStore();
    if (state === undefined) return;
    state.retries += 1;
    state.span.addEvent('portal.retry', {
      'bitrix24.retry.reason': reason,
      'bitrix24.retry.attempt': state.retries,
    });
  }

  callTravelled(batchSize: number): void {
    const state = this.calls.getStore();
    if (state !== undefined) state.batchSize = batchSize;
  }

  portalRequest(event: PortalRequestEvent): void {
    const state = this.calls.getStore();
    if (event.method === 'batch') {
      // A `batch` a feature sent itself already has its call span: the commands go there.
      if (state?.method === 'batch') state.span.setAttributes(batchAttributes(event));
      else this.batchSpan(event);
      return;
    }
    // One HTTP request of the current call (an attempt): an event on its span.
    if (state === undefined || state.method !== event.method) return;
    const attributes: Attributes = {
      'bitrix24.retry.attempt': state.retries,
      'bitrix24.duration_ms': Math.round(event.durationMs),
    };
    if (event.error !== undefined) {
      attributes['bitrix24.error_code'] = event.error.code;
      if (event.error.httpStatus !== null) attributes['http.response.status_code'] = event.error.httpStatus;
    }
    state.span.addEvent('portal.request', attributes);
  }

  private batchSpan(event: PortalRequestEvent): void {
    const attributes = { 'bitrix24.method': 'batch', ...batchAttributes(event) };
    const span = this.tracer.startSpan(
      'portal batch',
      { kind: SpanKind.CLIENT, attributes, startTime: startTime(event.durationMs) },
      this.operations.current(),
    );
    if (event.error !== undefined) {
      span.setAttributes({ 'bitrix24.error_code': event.error.code, 'error.type': event.error.code });
      if (event.error.httpStatus !== null)
        span.setAttribute('http.response.status_code', event.error.httpStatus);
      span.setStatus({ code: SpanStatusCode.ERROR, message: event.error.code });
    }
    span.end();
  }
}
