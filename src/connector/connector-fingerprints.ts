/**
 * What each external message id of sendConnectorMessages was first used for. The portal
 * de-duplicates connector messages by (connector, line, external id) alone: a second message with
 * the same id and another text is dropped, yet its answer reads as delivered. So a reused id with
 * different content is refused before any portal call, as sendBotMessage refuses a reused
 * idempotency key (the same bounded, per-process map; see its limits there).
 */
import { credentialOrigin, type PortalCredential } from '../backends/bitrix24/credential.js';
import { fingerprintOf, IdempotencyFingerprints } from '../state/idempotency-fingerprints.js';
import type { ConnectorOutgoingMessage } from './connector.model.js';

export const connectorFingerprints = new IdempotencyFingerprints();

export interface ConnectorClaim {
  key: string;
  fingerprint: string;
  isNew: boolean;
}

/** Records the id's content on first use; `null` when the id was used before for other content. */
export function claimExternalId(
  credential: PortalCredential,
  connector: string,
  line: number,
  externalMessageId: string,
  message: ConnectorOutgoingMessage,
  fingerprints: IdempotencyFingerprints = connectorFingerprints,
): ConnectorClaim | null {
  const key = [credentialOrigin(credential), connector, String(line), externalMessageId].join('\u0000');
  const fingerprint = fingerprintOf(message);
  const outcome = fingerprints.check(key, fingerprint);
  if (outcome === 'mismatch') return null;
  return { key, fingerprint, isNew: outcome === 'new' };
}

/** Frees the ids whose messages the portal refused (nothing was delivered under them). */
export function releaseClaims(
  claims: readonly ConnectorClaim[],
  fingerprints: IdempotencyFingerprints = connectorFingerprints,
): void {
  for (const claim of claims) if (claim.isNew) fingerprints.forget(claim.key, claim.fingerprint);
}
