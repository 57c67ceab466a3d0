/**
 * Apollo `formatError`: the last gate before an error leaves the process. It keeps the closed set
 * of codes, converts escaped PortalErrors, masks everything unexpected to INTERNAL_SERVER_ERROR
 * (logging the original, redacted) and strips stack traces and any unlisted extension.
 */
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { PortalError } from '../portal/portal-error.js';
import { redact } from '../portal/redact.js';
import { isKnownErrorCode } from './error-codes.js';
import { FacadeGraphQLError, portalGraphQLError } from './facade-errors.js';

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
}

function publicExtensions(extensions: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(extensions ?? {})) {
    if (PUBLIC_EXTENSIONS.has(key)) out[key] = value;
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

    if (original instanceof PortalError) {
      const converted = portalGraphQLError(original);
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
    return {
      message: scrub(message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: publicExtensions(extensions),
    };
  };
}
