/**
 * What a client sees: a GraphQL operation POSTed over HTTP, and its answer sorted into the buckets
 * the benchmarks count (data, a typed error with a code from the closed set, or untyped).
 */
import { isKnownErrorCode } from '../src/outcomes/error-codes.js';

export interface GraphQLAnswer {
  status: number;
  /** undefined when the body was not JSON */
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: { code?: unknown } }>;
  /** set when the request itself failed (connection refused or reset, timeout) */
  transportError?: string;
}

export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 300_000,
): Promise<GraphQLAnswer> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    return { status: 0, transportError: error instanceof Error ? error.message : String(error) };
  }
  const text = await res.text();
  try {
    const body = JSON.parse(text) as Pick<GraphQLAnswer, 'data' | 'errors'>;
    return { status: res.status, ...body };
  } catch {
    return { status: res.status };
  }
}

/** The codes of the answer's errors ('' for an error without a code). */
export function errorCodes(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? []).map((e) => (typeof e.extensions?.code === 'string' ? e.extensions.code : ''));
}

/**
 * Untyped: no JSON body, a transport failure, HTTP 500, or an error whose code is missing, unknown,
 * or INTERNAL_SERVER_ERROR (the facade's "this is a bug" code).
 */
export function isUntyped(answer: GraphQLAnswer): boolean {
  if (answer.transportError !== undefined || answer.status >= 500 || answer.data === undefined) {
    // A 502/503 with a typed JSON error (OUTCOME_UNKNOWN, PORTAL_UNAVAILABLE) is typed.
    if (answer.errors === undefined || answer.errors.length === 0) return true;
  }
  return errorCodes(answer).some((code) => !isKnownErrorCode(code) || code === 'INTERNAL_SERVER_ERROR');
}
