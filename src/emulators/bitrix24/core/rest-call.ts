/**
 * One REST HTTP request after the transport checks: authenticate, find the method, run it, and
 * build the answer (success envelope with `time`, error envelope, or a file).
 */
import { resolveCredential, type CredentialInput } from './auth.js';
import type { Engine } from './engine.js';
import { errorBody, type EmulatorError } from './emulator-error.js';
import { invokeMethod, methodNotFound } from './invoke.js';
import { isBinary, type BinaryOutcome, type Params } from './method.js';
import { stripFormatSuffix } from './method-name.js';
import { toStr } from './params.js';
import type { RestRoute } from './rest-route.js';

/** `xml: true` when the method name ended in `.xml`: the same envelope, serialized as XML. */
export type RestAnswer =
  { status: number; json: unknown; xml: boolean } | { status: 200; binary: BinaryOutcome };

export async function answerRestCall(engine: Engine, route: RestRoute, params: Params): Promise<RestAnswer> {
  const { xml } = stripFormatSuffix(route.rawMethod);
  const answer = await answerJson(engine, route, params);
  return 'binary' in answer ? answer : { ...answer, xml };
}

type JsonAnswer = { status: number; json: unknown } | { status: 200; binary: BinaryOutcome };

const errorAnswer = (e: EmulatorError): JsonAnswer => ({
  status: e.status,
  json: errorBody(e),
});

async function answerJson(engine: Engine, route: RestRoute, params: Params): Promise<JsonAnswer> {
  const { name } = stripFormatSuffix(route.rawMethod);
  let input: CredentialInput;
  let callParams = params;
  if (route.kind === 'webhook') {
    input = { kind: 'webhook', userId: route.userId, code: route.code };
  } else {
    const { auth, ...rest } = params;
    input = { kind: 'oauth', token: toStr(auth) };
    callParams = rest; // `auth` is transport, not a method parameter
  }
  let cred;
  try {
    cred = resolveCredential(engine.state, input, Date.now());
  } catch (err) {
    const e = err as EmulatorError;
    engine.log.add({
      method: name,
      userId: null,
      credential: null,
      batched: false,
      status: e.status,
      errorCode: e.code,
    });
    return errorAnswer(e);
  }
  const method = engine.registry.find(name);
  if (!method) {
    const e = methodNotFound();
    engine.log.add({
      method: name,
      userId: cred.user.id,
      credential: cred.auth.kind,
      batched: false,
      status: e.status,
      errorCode: e.code,
    });
    return errorAnswer(e);
  }
  const result = await invokeMethod(engine, method, callParams, cred, false);
  if (!result.ok) return errorAnswer(result.error);
  if (isBinary(result.outcome)) return { status: 200, binary: result.outcome };
  const { result: value, total, next } = result.outcome;
  const envelope: Record<string, unknown> = { result: value };
  if (total !== undefined) envelope.total = total;
  if (next !== undefined) envelope.next = next;
  envelope.time = result.time;
  return { status: 200, json: envelope };
}
