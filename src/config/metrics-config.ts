/**
 * METRICS_ENABLED (default true), METRICS_TOKEN (optional, at least 16 characters: GET /metrics
 * then needs `Authorization: Bearer <token>`) and METRICS_PUBLIC. With production defaults an open
 * /metrics must be chosen explicitly (METRICS_PUBLIC=true, e.g. when the port is only reachable
 * from the scraper's network): metrics reveal traffic patterns and portal hosts.
 */
import { ProblemList, readBoolean, readString, type Env } from './env-readers.js';

export interface MetricsConfig {
  readonly enabled: boolean;
  readonly token?: string;
}

export const MIN_METRICS_TOKEN_LENGTH = 16;

export function readMetricsConfig(
  env: Env,
  problems: ProblemList,
  mode: { production: boolean; nodeEnv: string } = { production: false, nodeEnv: 'development' },
): MetricsConfig {
  const enabled = readBoolean(env, 'METRICS_ENABLED', true, problems);
  const open = readBoolean(env, 'METRICS_PUBLIC', false, problems);
  const token = readString(env, 'METRICS_TOKEN');
  if (token === undefined) {
    if (enabled && mode.production && !open)
      problems.add(
        `NODE_ENV=${mode.nodeEnv} needs METRICS_TOKEN for GET /metrics, or METRICS_PUBLIC=true to serve it without one (or METRICS_ENABLED=false)`,
      );
    return { enabled };
  }
  if (token.length < MIN_METRICS_TOKEN_LENGTH)
    problems.add(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  if (/\s/.test(token)) problems.add('METRICS_TOKEN must not contain spaces');
  return { enabled, token };
}
