/**
 * Turning one HTTP answer of the portal into a PortalResponse or a PortalError, whatever its
 * shape: success envelope, JSON error envelope (any status, codes such as "400", "" or
 * "expired_token"), HTML error page, empty body (docs/bitrix24-contract.md §2).
 */
import { PortalError } from './portal-error.js';
import type { PortalResponse, PortalTime } from './portal-caller.js';

export interface RawAnswer {
  method: string;
  status: number;
  body: string;
  secrets: readonly string[];
}

function num(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

function str(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** Lenient: any field may be missing, an integer, a float or a numeric string. */
export function parseTime(raw: unknown): PortalTime | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const t = raw as Record<string, unknown>;
  const time: PortalTime = {};
  const set = <K extends keyof PortalTime>(key: K, value: PortalTime[K] | undefined): void => {
    if (value !== undefined) time[key] = value;
  };
  set('start', num(t.start));
  set('finish', num(t.finish));
  set('duration', num(t.duration));
  set('processing', num(t.processing));
  set('dateStart', str(t.date_start));
  set('dateFinish', str(t.date_finish));
  set('operatingResetAt', num(t.operating_reset_at));
  set('operating', num(t.operating));
  return time;
}

/** A short, tag-stripped excerpt of an HTML or text body, for the error description. */
export function bodyExcerpt(body: string, max = 200): string {
  const text = body
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * 5xx codes that mean the portal refused the call before running it; any other 5xx may come from a
 * method that already did part of its work.
 */
const REFUSED_5XX = new Set(['QUERY_LIMIT_EXCEEDED', 'OVERLOAD_LIMIT', 'PORTAL_DELETED']);

export function isErrorEnvelope(value: unknown): value is { error: unknown; error_description?: unknown } {
  return (
    !!value && typeof value === 'object' && !Array.isArray(value) && 'error' in value && !('result' in value)
  );
}

export function errorFromEnvelope(
  envelope: { error: unknown; error_description?: unknown },
  method: string,
  httpStatus: number | null,
  secrets: readonly string[],
): PortalError {
  const code = envelope.error === null || envelope.error === undefined ? '' : String(envelope.error);
  const description = typeof envelope.error_description === 'string' ? envelope.error_description : '';
  const outcomeUnknown = httpStatus !== null && httpStatus >= 500 && !REFUSED_5XX.has(code.toUpperCase());
  return new PortalError({
    code,
    httpStatus,
    method,
    description,
    transport: false,
    outcomeUnknown,
    secrets,
  });
}

export function parseAnswer<T>({ method, status, body, secrets }: RawAnswer): PortalResponse<T> {
  const ok = status >= 200 && status < 300;
  // A garbage answer to a request that got as far as a 2xx or a 5xx may have been executed.
  const unknownIfGarbage = ok || status >= 500;
  if (body.trim() === '') {
    throw new PortalError({
      code: ok ? 'BAD_RESPONSE' : `HTTP_${status}`,
      httpStatus: status,
      method,
      description: 'empty response body',
      transport: true,
      outcomeUnknown: unknownIfGarbage,
      secrets,
    });
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new PortalError({
      code: 'BAD_RESPONSE',
      httpStatus: status,
      method,
      description: bodyExcerpt(body),
      transport: true,
      outcomeUnknown: unknownIfGarbage,
      secrets,
    });
  }
  if (isErrorEnvelope(parsed)) throw errorFromEnvelope(parsed, method, status, secrets);
  if (!ok) {
    throw new PortalError({
      code: `HTTP_${status}`,
      httpStatus: status,
      method,
      description: bodyExcerpt(body),
      transport: false,
      outcomeUnknown: status >= 500,
      secrets,
    });
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || !('result' in parsed)) {
    throw new PortalError({
      code: 'BAD_RESPONSE',
      httpStatus: status,
      method,
      description: `JSON answer without "result": ${bodyExcerpt(body, 120)}`,
      transport: true,
      outcomeUnknown: true,
      secrets,
    });
  }
  const envelope = parsed as Record<string, unknown>;
  const response: PortalResponse<T> = { result: envelope.result as T };
  const total = num(envelope.total);
  const next = num(envelope.next);
  const time = parseTime(envelope.time);
  if (total !== undefined) response.total = total;
  if (next !== undefined) response.next = next;
  if (time) response.time = time;
  return response;
}
