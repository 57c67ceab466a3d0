/** SharedState in this process: the bounded maps of idempotency-fingerprints.ts and system-messages.ts. */
import { IdempotencyFingerprints } from './idempotency-fingerprints.js';
import type { FingerprintStore, SharedState } from './shared-state.js';
import { SystemMessageIds } from './system-messages.js';

function fingerprintStore(map: IdempotencyFingerprints): FingerprintStore {
  return {
    check: async (key, fingerprint) => map.check(key, fingerprint),
    forget: async (key, fingerprint) => map.forget(key, fingerprint),
  };
}

export function createMemorySharedState(): SharedState {
  const systemMessages = new SystemMessageIds();
  return {
    kind: 'memory',
    botSendKeys: fingerprintStore(new IdempotencyFingerprints()),
    connectorMessageIds: fingerprintStore(new IdempotencyFingerprints()),
    systemMessages: {
      remember: async (portal, botId, messageId) => systemMessages.remember(portal, botId, messageId),
      has: async (portal, botId, messageId) => systemMessages.has(portal, botId, messageId),
    },
    close: async () => undefined,
  };
}
