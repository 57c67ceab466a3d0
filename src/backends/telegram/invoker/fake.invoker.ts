/**
 * A TL-level fake for unit tests: each request is serialised to its wire bytes and parsed back (so
 * a test sees exactly what would be sent), answered by a scripted handler per TL method name, and the
 * answer is serialised and parsed back too. A handler may throw a TelegramError or return one.
 */
import type { Api } from 'teleproto';
import { BinaryReader } from 'teleproto/extensions/index.js';
import { TelegramError, methodName } from '../telegram-error.js';
import type { TelegramInvoker } from './telegram-invoker.port.js';

type Handler = (request: Api.AnyRequest) => unknown;

export interface FakeCall {
  method: string;
  request: Api.AnyRequest;
  bytes: Buffer;
}

export class FakeTelegramInvoker implements TelegramInvoker {
  readonly calls: FakeCall[] = [];
  private readonly handlers = new Map<string, Handler>();

  /** Answers `method` (TL name, e.g. `messages.sendVote`) with `handler` from now on. */
  on(method: string, handler: Handler): this {
    this.handlers.set(method, handler);
    return this;
  }

  /** Makes the next call of `method` fail with the rpc_error `errorMessage` (e.g. `FLOOD_WAIT_3`). */
  failNext(method: string, errorMessage: string): this {
    const previous = this.handlers.get(method);
    this.handlers.set(method, (request) => {
      if (previous) this.handlers.set(method, previous);
      else this.handlers.delete(method);
      void request;
      throw TelegramError.fromRpc(errorMessage, method);
    });
    return this;
  }

  callsOf(method: string): FakeCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async invoke<R extends Api.AnyRequest>(request: R): Promise<R['__response']> {
    const method = methodName(request);
    const bytes = request.getBytes();
    const parsed = new BinaryReader(bytes).tgReadObject() as Api.AnyRequest;
    this.calls.push({ method, request: parsed, bytes });
    const handler = this.handlers.get(method);
    if (!handler) throw new TelegramError({ code: 'INPUT_METHOD_INVALID', method, status: 400 });
    const answer = await handler(parsed);
    if (answer instanceof TelegramError) throw answer;
    return roundTrip(answer) as R['__response'];
  }
}

function roundTrip(answer: unknown): unknown {
  if (answer && typeof answer === 'object' && 'getBytes' in answer) {
    return new BinaryReader((answer as { getBytes(): Buffer }).getBytes()).tgReadObject();
  }
  return answer;
}
