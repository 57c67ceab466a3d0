/**
 * METRICS_ENABLED (default true) and METRICS_TOKEN (optional, at least 16 characters): when the
 * token is set, GET /metrics needs `Authorization: Bearer <token>`.
 */
import { ProblemList, readBoolean, readString, type Env } from '../../config/env-readers.js';

export interface MetricsConfig {
  readonly enabled: boolean;
  readonly token?: string;
}

export const MIN_METRICS_TOKEN_LENGTH = 16;

export function readMetricsConfig(env: Env, problems: ProblemList): MetricsConfig {
  const enabled = readBoolean(env, 'METRICS_ENABLED', true, problems);
  const token = readString(env, 'METRICS_TOKEN');
  if (token === undefined) return { enabled };
  if (token.length < MIN_METRICS_TOKEN_LENGTH)
    problems.add(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  if (/\s/.test(token)) problems.add('METRICS_TOKEN must not contain spaces');
  return { enabled, token };
}
