/**
 * Apollo `formatError`: the last gate before an error leaves the process. It keeps the closed set
 * of codes, converts escaped backend failures, masks everything unexpected to INTERNAL_SERVER_ERROR
 * (logging the original, redacted) and strips stack traces and any unlisted extension.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { BackendFailure } from '../outcomes/backend-failure.js';
import { isKnownErrorCode } from '../outcomes/error-codes.js';
import { redact } from '../outcomes/redact.js';
import { backendGraphQLError, FacadeGraphQLError, type PortalErrorInfo } from './facade-errors.js';

/** Extensions that may reach the client. `validationErrors` comes from type-graphql's validation. */
const PUBLIC_EXTENSIONS = new Set([
  'code',
  'retryAfterSeconds',
  'reason',
  'portal',
  'validationErrors',
  'details',
]);

export interface FormatErrorOptions {
  /** Secrets of this deployment (webhook code, API keys) to scrub from every message. */
  secrets: readonly string[];
  /** Called with unexpected errors, to log them server-side (already redacted text). */
  onUnexpected?: (summary: string) => void;
  /**
   * Called when a portal answer we have no rule for became INTERNAL_SERVER_ERROR, with the REST
   * method and the portal's code (both scrubbed), so the operator can see what the portal said.
   */
  onUnknownPortalError?: (fields: { method: string; code: string; httpStatus: number | null }) => void;
}

/** Every string inside `value` scrubbed, at any depth (portal codes and texts may echo secrets). */
function scrubDeep(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, scrub));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [scrub(k), scrubDeep(v, scrub)]));
  }
  return value;
}

function publicExtensions(
  extensions: Record<string, unknown> | undefined,
  scrub: (text: string) => string,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (PUBLIC_EXTENSIONS.has(key)) out[key] = scrubDeep(value, scrub);
  }
  return out;
}

/** The innermost cause: resolver errors arrive wrapped in a GraphQLError with `originalError`. */
function rootCause(error: unknown): unknown {
  let current = error;
  while (
    current instanceof GraphQLError &&
    current.originalError &&
    !(current instanceof FacadeGraphQLError)
  ) {
    current = current.originalError;
  }
  return current;
}

export function createFormatError(options: FormatErrorOptions) {
  const scrub = (text: string) => redact(text, options.secrets);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = rootCause(error);
    let message = formatted.message;
    let extensions = formatted.extensions as Record<string, unknown> | undefined;

    if (original instanceof BackendFailure) {
      // A backend's failure that escaped a resolver, already mapped by that backend's error table.
      const converted = backendGraphQLError(original);
      message = converted.message;
      extensions = converted.extensions as Record<string, unknown>;
    } else if (original instanceof FacadeGraphQLError) {
      // Ours: message and extensions are already public.
    } else if (extensions?.code === 'UNAUTHORIZED') {
      // type-graphql's @Authorized failure: the closed set calls it FORBIDDEN.
      extensions = { ...extensions, code: 'FORBIDDEN' };
    } else if (!isKnownErrorCode(extensions?.code) || extensions?.code === 'INTERNAL_SERVER_ERROR') {
      const text = original instanceof Error ? `${original.name}: ${original.message}` : String(original);
      options.onUnexpected?.(scrub(text));
      message = 'Internal server error.';
      extensions = { code: 'INTERNAL_SERVER_ERROR' };
    }
    // A portal answer without a rule (converted here or by a resolver): nothing else logs it.
    const portal = extensions?.portal as Partial<PortalErrorInfo> | undefined;
    if (extensions?.code === 'INTERNAL_SERVER_ERROR' && portal?.code !== undefined) {
      options.onUnknownPortalError?.({
        method: scrub(String(portal.method)),
        code: scrub(String(portal.code)),
        httpStatus: portal.httpStatus ?? null,
      });
    }
    return {
      message: scrub(message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: publicExtensions(extensions, scrub),
    };
  };
}
