/**
 * got's failures (no usable HTTP answer) → PortalError with our own codes. `outcomeUnknown` says
 * whether the portal may have executed the call: true once the whole request was written to the
 * socket (got's `timings.upload`), false when it never got that far (refused, DNS, connect timeout).
 */
import { PortalError } from './portal-error.js';

interface GotLikeError {
  name?: string;
  code?: string;
  message?: string;
  timings?: { upload?: number; connect?: number };
  response?: { statusCode?: number };
}

const REFUSED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
]);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE', 'ECONNABORTED']);

export function transportError(
  error: unknown,
  method: string,
  secrets: readonly string[],
  timeoutMs: number,
): PortalError {
  const e = (error && typeof error === 'object' ? error : {}) as GotLikeError;
  const code = e.code ?? '';
  const sent = e.timings ? e.timings.upload !== undefined : true;
  const httpStatus = e.response?.statusCode ?? null;
  const make = (ourCode: string, description: string, outcomeUnknown: boolean): PortalError =>
    new PortalError({
      code: ourCode,
      httpStatus,
      method,
      description,
      transport: true,
      outcomeUnknown,
      secrets,
    });

  if (e.name === 'TimeoutError' || code === 'ETIMEDOUT') {
    return make('TIMEOUT', `no answer within ${timeoutMs} ms`, sent);
  }
  if (e.name === 'AbortError' || code === 'ERR_ABORTED') {
    return make('ABORTED', 'the call was aborted by the caller', sent);
  }
  if (code === 'ECONNREFUSED') return make('CONNECTION_REFUSED', 'connection refused', false);
  if (REFUSED.has(code)) return make('NETWORK_ERROR', `cannot reach the portal (${code})`, false);
  if (RESET.has(code) || /socket hang up/i.test(e.message ?? '')) {
    return make('CONNECTION_RESET', `connection closed by the portal (${code || 'socket hang up'})`, sent);
  }
  return make('NETWORK_ERROR', `${code || e.name || 'error'}: ${e.message ?? ''}`.trim(), sent);
}
