/**
 * What each external message id of sendConnectorMessages was first used for. The portal
 * de-duplicates connector messages by (connector, line, external id) alone: a second message with
 * the same id and another text is dropped, yet its answer reads as delivered. So a reused id with
 * different content is refused before any portal call, as sendBotMessage refuses a reused
 * idempotency key (the same SharedState: in Redis with REDIS_URL, else in memory).
 */
import { fingerprintOf } from '../state/idempotency-fingerprints.js';
import type { FingerprintStore } from '../state/shared-state.js';
import type { ConnectorOutgoingMessage } from './connector.model.js';

export interface ConnectorClaim {
  key: string;
  fingerprint: string;
  isNew: boolean;
}

/** Records the id's content on first use; `null` when the id was used before for other content. */
export async function claimExternalId(
  fingerprints: FingerprintStore,
  /** The portal's origin (ConnectorBackend.origin): ids repeat across portals. */
  origin: string,
  connector: string,
  line: number,
  externalMessageId: string,
  message: ConnectorOutgoingMessage,
): Promise<ConnectorClaim | null> {
  const key = [origin, connector, String(line), externalMessageId].join('\u0000');
  const fingerprint = fingerprintOf(message);
  const outcome = await fingerprints.check(key, fingerprint);
  if (outcome === 'mismatch') return null;
  return { key, fingerprint, isNew: outcome === 'new' };
}

/** Frees the ids whose messages the portal refused (nothing was delivered under them). */
export async function releaseClaims(
  fingerprints: FingerprintStore,
  claims: readonly ConnectorClaim[],
): Promise<void> {
  for (const claim of claims) if (claim.isNew) await fingerprints.forget(claim.key, claim.fingerprint);
}
