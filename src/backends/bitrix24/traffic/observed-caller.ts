/**
 * Wraps the raw client so that every HTTP request the engine sends is reported to the
 * TrafficObserver: method (or `batch`), the calls it carried, its duration, and the error codes
 * the portal answered (for a batch also the per-command `result_error` codes). Sits below the
 * dispatcher, so one event is one request on the wire, retries included.
 */
import { PortalError } from '../portal-error.js';
import type { CallOptions, PortalCaller, PortalDownload, PortalResponse } from '../portal-caller.js';
import type { PortalCredential } from '../credential.js';
import type { PortalRequestEvent, TrafficObserver } from './traffic-observer.js';

/** `method?query` → `method`, for each command of a batch's `cmd` map. */
function batchCallsOf(params: Record<string, unknown>): string[] {
  const cmd = params['cmd'];
  if (cmd === null || typeof cmd !== 'object') return [];
  return Object.values(cmd as Record<string, unknown>).map((command) =>
    typeof command === 'string' ? (command.split('?')[0] ?? command) : 'unknown',
  );
}

/** Codes of a batch answer's `result_error` map (`[]` when empty; entries are error envelopes). */
function commandErrorsOf(result: unknown): string[] {
  if (result === null || typeof result !== 'object') return [];
  const errors = (result as { result_error?: unknown }).result_error;
  if (errors === null || typeof errors !== 'object') return [];
  return Object.values(errors as Record<string, unknown>).map((entry) => {
    const code = entry !== null && typeof entry === 'object' ? (entry as { error?: unknown }).error : entry;
    return typeof code === 'string' ? code : String(code);
  });
}

function failureOf(error: unknown): PortalRequestEvent['error'] {
  if (error instanceof PortalError) return { code: error.code, httpStatus: error.httpStatus };
  return { code: 'UNEXPECTED', httpStatus: null };
}

export function observeRequests(inner: PortalCaller, observer: TrafficObserver): PortalCaller {
  const report = observer.portalRequest?.bind(observer);
  if (report === undefined) return inner;

  async function timed<R>(
    method: string,
    calls: string[],
    send: () => Promise<R>,
    commandErrors: (answer: R) => string[],
  ): Promise<R> {
    const started = performance.now();
    try {
      const answer = await send();
      report!({
        method,
        calls,
        durationMs: performance.now() - started,
        commandErrors: commandErrors(answer),
      });
      return answer;
    } catch (error) {
      report!({
        method,
        calls,
        durationMs: performance.now() - started,
        error: failureOf(error),
        commandErrors: [],
      });
      throw error;
    }
  }

  return {
    call<T>(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
      options?: CallOptions,
    ): Promise<PortalResponse<T>> {
      const isBatch = method === 'batch';
      return timed(
        method,
        isBatch ? batchCallsOf(params) : [method],
        () => inner.call<T>(method, params, credential, options),
        (answer) => (isBatch ? commandErrorsOf(answer.result) : []),
      );
    },
    download(
      method: string,
      params: Record<string, unknown>,
      credential: PortalCredential,
    ): Promise<PortalDownload> {
      return timed(
        method,
        [method],
        () => inner.download(method, params, credential),
        () => [],
      );
    },
  };
}
