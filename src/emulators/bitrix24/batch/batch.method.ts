/**
 * `batch` (docs/bitrix24-contract.md §5, docs/bitrix24-contract.md §10 #18): up to 50 commands run in order with the outer credential;
 * `$result[...]` references; `halt`; per-command errors in `result_error`. The outer call is not
 * counted against the operating budget, each inner command counts against its own method.
 */
import { credentialOf } from '../core/auth.js';
import type { Engine } from '../core/engine.js';
import { EmulatorError, errorBody, type ErrorBody } from '../core/emulator-error.js';
import { invokeMethod, methodNotFound } from '../core/invoke.js';
import { isBinary, type MethodDefinition, type Params } from '../core/method.js';
import { getParam, isMissing, toBool } from '../core/params.js';
import { parseBatchCommand, type BatchCommand } from './command.js';
import { phpMap } from './php-map.js';
import { substituteResultRefs } from './result-refs.js';

export const MAX_BATCH_COMMANDS = 50;

const notAllowed = (): EmulatorError =>
  new EmulatorError(405, 'ERROR_BATCH_METHOD_NOT_ALLOWED', 'Method is not allowed for batch usage');

/** `cmd` as an object map or an array (a PHP list arrives as a numeric-key map from forms). */
function readCommands(cmd: unknown): [string, unknown][] {
  if (isMissing(cmd)) return [];
  if (Array.isArray(cmd)) return cmd.map((c, i) => [String(i), c]);
  if (typeof cmd === 'object') return Object.entries(cmd as Record<string, unknown>);
  throw new EmulatorError(
    400,
    'INVALID_REQUEST',
    'cmd must be an object or an array of "method?query" strings',
  );
}

export function createBatchMethod(engine: Engine): MethodDefinition {
  return {
    name: 'batch',
    scopes: [], // the contract lists scope `basic`, but every credential may call batch
    batchable: false,
    async handler(params: Params, ctx) {
      const commands = readCommands(getParam(params, 'cmd'));
      if (commands.length > MAX_BATCH_COMMANDS) {
        throw new EmulatorError(400, 'ERROR_BATCH_LENGTH_EXCEEDED', 'Max batch length exceeded');
      }
      const halt = toBool(getParam(params, 'halt')) ?? false;
      const cred = credentialOf(ctx);
      const results: Record<string, unknown> = {};
      const result: [string, unknown][] = [];
      const errors: [string, ErrorBody][] = [];
      const totals: [string, number][] = [];
      const nexts: [string, number][] = [];
      const times: [string, unknown][] = [];

      for (const [key, raw] of commands) {
        let failure: EmulatorError | null = null;
        if (typeof raw !== 'string') {
          failure = new EmulatorError(
            400,
            'INVALID_REQUEST',
            'A batch command must be a "method?query" string',
          );
        } else {
          const command: BatchCommand = parseBatchCommand(key, raw);
          const method = engine.registry.find(command.method);
          const logDenied = (e: EmulatorError): EmulatorError => {
            engine.log.add({
              method: method?.name ?? command.method,
              userId: cred.user.id,
              credential: cred.auth.kind,
              batched: true,
              status: e.status,
              errorCode: e.code,
            });
            return e;
          };
          if (!method) failure = logDenied(methodNotFound());
          else if (method.batchable === false) failure = logDenied(notAllowed());
          else {
            const outcome = await invokeMethod(
              engine,
              method,
              substituteResultRefs(command.params, results),
              cred,
              true,
            );
            if (!outcome.ok) failure = outcome.error;
            else if (isBinary(outcome.outcome))
              failure = notAllowed(); // a file method not marked batchable:false
            else {
              const { result: value, total, next } = outcome.outcome;
              results[key] = value;
              result.push([key, value]);
              if (total !== undefined) totals.push([key, total]);
              if (next !== undefined) nexts.push([key, next]);
              times.push([key, outcome.time]);
            }
          }
        }
        if (failure) {
          errors.push([key, errorBody(failure)]);
          if (halt) break;
        }
      }
      return {
        result: {
          result: phpMap(result),
          result_error: phpMap(errors),
          result_total: phpMap(totals),
          result_next: phpMap(nexts),
          result_time: phpMap(times),
        },
      };
    },
  };
}
