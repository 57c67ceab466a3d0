/**
 * Runs one method call for an authenticated credential: scope and auth-type checks, the operating
 * budget, the handler, and the call log. Used by the HTTP layer and by each `batch` command.
 */
import { checkMethodAccess, type ResolvedCredential } from './auth.js';
import type { Engine } from './engine.js';
import { EmulatorError } from './emulator-error.js';
import type { BinaryOutcome, MethodDefinition, MethodOutcome, Params } from './method.js';
import { makeTimeBlock, type TimeBlock } from './time-block.js';

export type InvokeResult =
  { ok: true; outcome: MethodOutcome | BinaryOutcome; time: TimeBlock } | { ok: false; error: EmulatorError };

export const internalError = (): EmulatorError =>
  new EmulatorError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');

export const methodNotFound = (): EmulatorError =>
  new EmulatorError(404, 'ERROR_METHOD_NOT_FOUND', 'Method not found');

function toEmulatorError(err: unknown): EmulatorError {
  if (err instanceof EmulatorError) return err;
  // A handler bug must not take the server down; it becomes the portal's generic 500.
  console.error('[emulator] unexpected handler error:', err);
  return internalError();
}

/** `batch` itself is not counted against the operating budget (docs/bitrix24-contract.md §4.2). */
const UNMETERED = new Set(['batch']);

export async function invokeMethod(
  engine: Engine,
  method: MethodDefinition,
  params: Params,
  cred: ResolvedCredential,
  batched: boolean,
): Promise<InvokeResult> {
  const startMs = Date.now();
  const budgetKey = `${method.name.toLowerCase()}|${cred.credentialKey}`;
  const metered = engine.limits.enabled && !UNMETERED.has(method.name.toLowerCase());
  const logBase = {
    method: method.name,
    userId: cred.user.id,
    credential: cred.auth.kind,
    batched,
  } as const;
  let result: InvokeResult;
  let ran = false;
  try {
    checkMethodAccess(method, cred);
    if (metered && engine.budget.exhausted(budgetKey, startMs)) {
      throw new EmulatorError(429, 'OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.');
    }
    ran = true;
    const outcome = await method.handler(params, {
      state: engine.state,
      user: cred.user,
      auth: cred.auth,
      credentialKey: cred.credentialKey,
      method: method.name,
      batched,
      now: () => new Date(),
    });
    const finishMs = Date.now();
    recordRun(engine, metered, budgetKey, startMs, finishMs);
    const snapshot = metered
      ? engine.budget.snapshot(budgetKey, finishMs)
      : { operating: 0, resetAt: Math.ceil(finishMs / 1000) };
    result = { ok: true, outcome, time: makeTimeBlock(startMs, finishMs, snapshot) };
  } catch (err) {
    // A handler that failed still used server time; refused calls did not run at all.
    if (ran) recordRun(engine, metered, budgetKey, startMs, Date.now());
    result = { ok: false, error: toEmulatorError(err) };
  }
  engine.log.add(
    result.ok
      ? { ...logBase, status: 200 }
      : { ...logBase, status: result.error.status, errorCode: result.error.code },
  );
  return result;
}

function recordRun(engine: Engine, metered: boolean, key: string, startMs: number, finishMs: number): void {
  if (metered) engine.budget.record(key, startMs, finishMs - startMs);
}
