/**
 * The structured logger, on pino: one JSON object per line on stdout (`time`, `level` as a word,
 * `msg`, then the fields). Levels mean something: `error` is a bug on our side, `warn` a request
 * that met a portal outage or a refused app-token refresh, `info` one line per request, `debug`
 * each portal call with its duration. Callers pass only non-secret fields; as a second line of
 * defence pino's redaction blanks fields named like credentials wherever they occur, and every
 * string is scrubbed of webhook codes and `auth=`-style values (portal/redact.ts).
 */
import { pino, type DestinationStream, type Logger as PinoLogger } from 'pino';
import type { LogLevel } from '../config/config.js';
import { redact } from '../outcomes/redact.js';

export type LogFields = Record<
  string,
  string | number | boolean | null | undefined | readonly string[] | Readonly<Record<string, unknown>>
>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** Field names that hold a credential, at the top level or one object down. */
const SECRET_FIELDS = [
  'authorization',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'refresh_token',
  'clientSecret',
  'client_secret',
  'botToken',
  'apiKey',
  'webhookUrl',
  'password',
  'auth',
];
export const REDACTED_PATHS = [...SECRET_FIELDS, ...SECRET_FIELDS.map((field) => `*.${field}`)];

function scrubbed(value: unknown): unknown {
  if (typeof value === 'string') return redact(value);
  if (Array.isArray(value)) return value.map(scrubbed);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, scrubbed(inner)]));
  }
  return value;
}

/**
 * `write` receives each line (without its newline) and its level: tests collect lines with it.
 * Without it lines go to stdout synchronously, so nothing is lost when the process exits.
 */
export function createLogger(level: LogLevel, write?: (line: string, level: LogLevel) => void): Logger {
  const destination: DestinationStream =
    write === undefined
      ? pino.destination({ fd: 1, sync: true })
      : {
          write(chunk: string) {
            const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
            write(line, (JSON.parse(line) as { level: LogLevel }).level);
          },
        };
  const log: PinoLogger = pino(
    {
      level,
      base: undefined, // no pid/hostname on every line: the container runtime adds its own
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => scrubbed(fields) as Record<string, unknown>,
      },
      redact: { paths: REDACTED_PATHS, censor: '***' },
      hooks: {
        // The message text is scrubbed like the fields.
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redact(arg) : arg)) as never);
        },
      },
    },
    destination,
  );
  return {
    debug: (msg, fields = {}) => log.debug(fields, msg),
    info: (msg, fields = {}) => log.info(fields, msg),
    warn: (msg, fields = {}) => log.warn(fields, msg),
    error: (msg, fields = {}) => log.error(fields, msg),
  };
}
