/**
 * `GET /metrics`: the Prometheus text exposition. With METRICS_TOKEN set the scraper must send
 * `Authorization: Bearer <token>`; the comparison is constant-time (both sides hashed first, so
 * not even the token's length leaks).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './respond.js';
import { CONTENT_TYPE } from '../observability/metrics/facade-metrics.js';
import { equalsConfiguredSecret } from '../graphql/secret-compare.js';

export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  const given = match?.[1] ?? '';
  // Always compare, so a missing header takes the same path as a wrong one.
  return equalsConfiguredSecret(given, token);
}

export async function serveMetrics(
  req: IncomingMessage,
  res: ServerResponse,
  options: { token: string | undefined; render: () => Promise<string> },
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    sendJson(res, 405, { error: 'method not allowed' });
    return;
  }
  if (options.token !== undefined && !bearerMatches(req.headers.authorization, options.token)) {
    res.setHeader('www-authenticate', 'Bearer realm="metrics"');
    sendJson(res, 401, { error: 'unauthorized' });
    return;
  }
  const body = await options.render();
  res.statusCode = 200;
  res.setHeader('content-type', CONTENT_TYPE);
  res.setHeader('cache-control', 'no-store');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(req.method === 'HEAD' ? undefined : body);
}
