/**
 * `batch`: up to 50 commands in one HTTP request (one tick of the rate limiter). Each command is
 * sent as `method?<php query>`; the answer's `result`, `result_error`, `result_total`,
 * `result_next` and `result_time` maps (each may be `[]` when empty) are decoded into one outcome
 * per command key (docs/bitrix24-contract.md §5).
 */
import { credentialSecrets, type PortalCredential } from './credential.js';
import { errorFromEnvelope, parseTime } from './envelope.js';
import { encodePhpQuery, type PhpQueryOptions } from './php-query.js';
import { PortalError } from './portal-error.js';
import type { CallOptions, PortalCaller, PortalTime } from './portal-caller.js';

export const MAX_BATCH_COMMANDS = 50;

export interface BatchCommand {
  method: string;
  params?: Record<string, unknown>;
}

export type BatchOutcome<T = unknown> =
  | { ok: true; result: T; total?: number; next?: number; time?: PortalTime }
  | { ok: false; error: PortalError };

export interface BatchOptions extends CallOptions, PhpQueryOptions {
  /** Stop at the first failing command; the commands after it come back as `BATCH_NOT_EXECUTED`. */
  halt?: boolean;
}

interface RawBatchResult {
  result?: unknown;
  result_error?: unknown;
  result_total?: unknown;
  result_next?: unknown;
  result_time?: unknown;
}

export function encodeBatchCommand(command: BatchCommand, options: PhpQueryOptions = {}): string {
  const query = encodePhpQuery(command.params ?? {}, options);
  return query ? `${command.method}?${query}` : command.method;
}

/** A PHP map that is `[]` when empty (or, for index keys, may really be a list). */
function asMap(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) return Object.fromEntries(value.map((v, i) => [String(i), v]));
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  return {};
}

function num(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isFinite(n) ? n : undefined;
}

export function decodeBatchResult<K extends string>(
  commands: Record<K, BatchCommand>,
  raw: unknown,
  secrets: readonly string[] = [],
): Record<K, BatchOutcome> {
  const body = (raw && typeof raw === 'object' ? raw : {}) as RawBatchResult;
  const results = asMap(body.result);
  const errors = asMap(body.result_error);
  const totals = asMap(body.result_total);
  const nexts = asMap(body.result_next);
  const times = asMap(body.result_time);
  const out = {} as Record<K, BatchOutcome>;
  for (const key of Object.keys(commands) as K[]) {
    const method = commands[key].method;
    const error = errors[key];
    if (error !== undefined) {
      const envelope = error && typeof error === 'object' ? (error as { error: unknown }) : { error };
      out[key] = { ok: false, error: errorFromEnvelope(envelope, method, null, secrets) };
    } else if (key in results) {
      const outcome: BatchOutcome = { ok: true, result: results[key] };
      const total = num(totals[key]);
      const next = num(nexts[key]);
      const time = parseTime(times[key]);
      if (total !== undefined) outcome.total = total;
      if (next !== undefined) outcome.next = next;
      if (time) outcome.time = time;
      out[key] = outcome;
    } else {
      // Not run (halt after an earlier failure) or silently dropped: it certainly did not run
      // if halted, but the portal does not say which, so we only claim "not reported".
      out[key] = {
        ok: false,
        error: new PortalError({
          code: 'BATCH_NOT_EXECUTED',
          httpStatus: null,
          method,
          description: 'the batch answer has neither a result nor an error for this command',
          transport: false,
          outcomeUnknown: false,
          secrets,
        }),
      };
    }
  }
  return out;
}

/**
 * Runs the commands as one `batch` call through any PortalCaller. A failure of the batch request
 * itself (transport, auth, rate limit) is thrown; per-command failures come back as outcomes.
 */
export async function callBatch<K extends string>(
  caller: PortalCaller,
  commands: Record<K, BatchCommand>,
  credential: PortalCredential,
  options: BatchOptions = {},
): Promise<Record<K, BatchOutcome>> {
  const keys = Object.keys(commands) as K[];
  if (keys.length === 0) return {} as Record<K, BatchOutcome>;
  if (keys.length > MAX_BATCH_COMMANDS) {
    throw new RangeError(`batch takes at most ${MAX_BATCH_COMMANDS} commands, got ${keys.length}`);
  }
  // Each command is encoded on its own: one that cannot be (ill-formed UTF-16, a lone surrogate,
  // makes encodeURIComponent throw) fails alone, and never takes the other commands of the batch,
  // which may belong to other callers, down with it.
  const cmd: Record<string, string> = {};
  const unencodable: Partial<Record<K, BatchOutcome>> = {};
  for (const key of keys) {
    try {
      cmd[key] = encodeBatchCommand(commands[key], options);
    } catch (error) {
      if (!(error instanceof URIError)) throw error;
      unencodable[key] = { ok: false, error: unencodableCommand(commands[key].method) };
    }
  }
  const sendable = keys.filter((key) => unencodable[key] === undefined);
  if (sendable.length === 0) return unencodable as Record<K, BatchOutcome>;
  const callOptions: CallOptions = {};
  if (options.signal) callOptions.signal = options.signal;
  if (options.idempotencyKey) callOptions.idempotencyKey = options.idempotencyKey;
  if (options.background) callOptions.background = options.background;
  const response = await caller.call<RawBatchResult>(
    'batch',
    { halt: options.halt ? 1 : 0, cmd },
    credential,
    callOptions,
  );
  const secrets = credentialSecrets(credential);
  const sent = Object.fromEntries(sendable.map((key) => [key, commands[key]])) as Record<K, BatchCommand>;
  return { ...decodeBatchResult(sent, response.result, secrets), ...unencodable } as Record<K, BatchOutcome>;
}

/** Our code for a command whose parameters hold ill-formed Unicode; it was not sent. */
export const INVALID_TEXT_ENCODING = 'INVALID_TEXT_ENCODING';

function unencodableCommand(method: string): PortalError {
  return new PortalError({
    code: INVALID_TEXT_ENCODING,
    httpStatus: null,
    method,
    description: 'a text holds ill-formed Unicode (a lone surrogate) and cannot be sent; nothing was sent',
    transport: false,
    outcomeUnknown: false,
  });
}
