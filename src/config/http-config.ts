/**
 * Timeouts and the connection cap of the facade's own HTTP server, set on purpose instead of
 * Node's defaults (a slow body was held for minutes; idle connections were uncapped; the 5 s
 * keep-alive timeout races clients and load balancers that reuse a connection just as the server
 * closes it, which shows up as rare connection resets).
 *
 * | variable                   | default | meaning                                                    |
 * |----------------------------|---------|------------------------------------------------------------|
 * | HTTP_KEEP_ALIVE_TIMEOUT_MS | 65000   | idle keep-alive connections closed after this; above the  |
 * |                            |         | 60 s idle timeout of common load balancers and clients     |
 * | HTTP_HEADERS_TIMEOUT_MS    | 66000   | a request's headers must arrive within this (> keep-alive) |
 * | HTTP_REQUEST_TIMEOUT_MS    | 70000   | the whole request (headers and body) within this: 408      |
 * | HTTP_MAX_CONNECTIONS       | 1000    | open connections beyond this are closed at once            |
 */
import { readInteger, type Env, type ProblemList } from './env-readers.js';

export interface HttpServerConfig {
  readonly keepAliveTimeoutMs: number;
  readonly headersTimeoutMs: number;
  readonly requestTimeoutMs: number;
  readonly maxConnections: number;
}

export function readHttpServerConfig(env: Env, problems: ProblemList): HttpServerConfig {
  const keepAliveTimeoutMs = readInteger(
    env,
    'HTTP_KEEP_ALIVE_TIMEOUT_MS',
    65_000,
    { min: 1000, max: 600_000 },
    problems,
  );
  const headersTimeoutMs = readInteger(
    env,
    'HTTP_HEADERS_TIMEOUT_MS',
    66_000,
    { min: 1000, max: 600_000 },
    problems,
  );
  const requestTimeoutMs = readInteger(
    env,
    'HTTP_REQUEST_TIMEOUT_MS',
    70_000,
    { min: 1000, max: 3_600_000 },
    problems,
  );
  const maxConnections = readInteger(env, 'HTTP_MAX_CONNECTIONS', 1000, { min: 1, max: 1_000_000 }, problems);
  // Node's rules: headers must be due before the whole request; and a keep-alive connection must
  // close before the server would time out the headers of a request on it.
  if (headersTimeoutMs > requestTimeoutMs) {
    problems.add('HTTP_HEADERS_TIMEOUT_MS must not be larger than HTTP_REQUEST_TIMEOUT_MS');
  }
  if (headersTimeoutMs <= keepAliveTimeoutMs) {
    problems.add('HTTP_HEADERS_TIMEOUT_MS must be larger than HTTP_KEEP_ALIVE_TIMEOUT_MS');
  }
  return { keepAliveTimeoutMs, headersTimeoutMs, requestTimeoutMs, maxConnections };
}
