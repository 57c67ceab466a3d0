/**
 * State the facade must share between its replicas, behind one interface with a memory and a Redis
 * implementation (chosen by REDIS_URL, as the traffic engine's rate store is):
 *  - the first content of each idempotency key of sendBotMessage and of each external id of
 *    sendConnectorMessages (a reuse with other content is refused, whichever replica sees it);
 *  - the ids of system messages a bot sent (their edits are refused with a clear error).
 * In memory the data lives in this process only: after a restart, or on another replica, a reuse
 * with different content is not detected (the portal still never sends a duplicate).
 */
import type { FingerprintCheck } from './idempotency-fingerprints.js';

export interface FingerprintStore {
  /** Compares with the key's first use, remembering `fingerprint` when the key is new (or expired). */
  check(key: string, fingerprint: string): Promise<FingerprintCheck>;
  /** Forgets a first use that was refused (nothing was sent, so the key is free again). */
  forget(key: string, fingerprint: string): Promise<void>;
}

export interface SystemMessageStore {
  /** `portal`: the origin of the portal the message was sent on. */
  remember(portal: string, botId: number, messageId: number): Promise<void>;
  has(portal: string, botId: number, messageId: number): Promise<boolean>;
}

export interface SharedState {
  /** "memory" or "redis" (for logs and health). */
  readonly kind: 'memory' | 'redis';
  readonly botSendKeys: FingerprintStore;
  readonly connectorMessageIds: FingerprintStore;
  readonly systemMessages: SystemMessageStore;
  close(): Promise<void>;
}
