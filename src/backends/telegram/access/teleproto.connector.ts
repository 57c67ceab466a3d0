/**
 * The production SessionConnector: one real teleproto TelegramClient per session string, talking to
 * whatever DC address the session holds (real Telegram, a custom server, or the embedded one).
 */
import { TeleprotoInvoker } from '../invoker/teleproto.invoker.js';
import type { SessionConnector } from './session.telegram-access.js';

export interface TeleprotoConnectorOptions {
  apiId: number;
  apiHash: string;
  /** A call without an answer within this fails with NO_ANSWER. */
  timeoutMs: number;
}

export function teleprotoConnector(options: TeleprotoConnectorOptions): SessionConnector {
  return (session) => TeleprotoInvoker.connect(session, options);
}
