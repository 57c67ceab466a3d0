/**
 * The one door to Telegram: send a TL request, get its TL answer. Implementations: teleproto over
 * MTProto (teleproto.invoker.ts), a scripted fake for unit tests (fake.invoker.ts), and the
 * per-session flood-wait gate that wraps either (flood-gate.invoker.ts). Every failure is a
 * TelegramError.
 */
import type { Api } from 'teleproto';

export interface TelegramInvoker {
  invoke<R extends Api.AnyRequest>(request: R): Promise<R['__response']>;
}
