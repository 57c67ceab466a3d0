/**
 * CORS for browser clients (Apollo Client, urql, the embedded Apollo Sandbox, whose requests come
 * from Apollo's own origin). Callers authenticate with headers (a bearer token, an API key, a bot
 * token), never cookies, so credentials are never allowed and `*` is safe outside production; in
 * production only the configured origins are answered.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type { CorsOrigins } from '../config/config.js';
import type { CorsOrigins } from '../config/config.js';

const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'x-bot-token',
  'x-bitrix24-domain',
  'x-request-id',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
].join(', ');

/**
 * Sets the CORS headers for this request. Returns true when it was a preflight (OPTIONS) that has
 * been answered and needs nothing more.
 */
export function applyCors(req: IncomingMessage, res: ServerResponse, origins: CorsOrigins): boolean {
  const origin = req.headers.origin;
  res.setHeader('vary', 'Origin');
  const allowed = origin !== undefined && (origins === '*' || origins.includes(origin));
  if (allowed) {
    res.setHeader('access-control-allow-origin', origins === '*' ? '*' : origin);
    res.setHeader('access-control-expose-headers', 'x-request-id');
  }
  if (req.method !== 'OPTIONS') return false;
  if (allowed) {
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
    res.setHeader('access-control-max-age', '600');
  }
  res.statusCode = 204;
  res.end();
  return true;
}
