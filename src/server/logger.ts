/**
 * A tiny structured logger: one JSON object per line on stdout (stderr for warn/error). Callers
 * pass only non-secret fields; the request log never includes headers or variables.
 */
import type { LogLevel } from '../config.js';

export type LogFields = Record<string, string | number | boolean | null | undefined | readonly string[]>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export function createLogger(level: LogLevel, write?: (line: string, level: LogLevel) => void): Logger {
  const sink =
    write ??
    ((line: string, lineLevel: LogLevel) =>
      (lineLevel === 'warn' || lineLevel === 'error' ? process.stderr : process.stdout).write(`${line}\n`));
  const at =
    (lineLevel: Exclude<LogLevel, 'silent'>) =>
    (msg: string, fields: LogFields = {}): void => {
      if (RANK[lineLevel] < RANK[level]) return;
      sink(JSON.stringify({ time: new Date().toISOString(), level: lineLevel, msg, ...fields }), lineLevel);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
