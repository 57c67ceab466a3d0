/**
 * Keys for pacing state. The bucket is per portal (its origin: the portal counts per portal and
 * source address); the operating budget is per application (OAuth) or webhook; batch groups are per
 * credential (a batch runs as one user). Credentials are
 * hashed: keys end up in Redis and in memory dumps, secrets must not.
 */
import { createHash } from 'node:crypto';
import { credentialOrigin, type PortalCredential } from '../credential.js';
import { memoizeString } from '../string-memo.js';

export function bucketKeyOf(credential: PortalCredential): string {
  try {
    return credentialOrigin(credential);
  } catch {
    return 'invalid-credential';
  }
}

// Every portal call asks for its credential's key (its batch group): one SHA-256 per credential,
// not per call. The memo holds what the request already holds (the token), never longer than
// `max` other credentials later.
const hashedKey = memoizeString((material: string) =>
  createHash('sha256').update(material).digest('base64url').slice(0, 24),
);

export function credentialKeyOf(credential: PortalCredential): string {
  return hashedKey(
    credential.kind === 'webhook'
      ? `webhook|${credential.webhookUrl}`
      : `oauth|${credential.portalUrl}|${credential.accessToken}`,
  );
}

/**
 * The portal keeps the operating budget per method and per *application or webhook* (contract
 * docs/bitrix24-contract.md §4.2), not per user: every user token of this facade's application shares one budget, so OAuth
 * credentials are keyed by their portal. A webhook is its own budget.
 */
export function budgetKeyOf(credential: PortalCredential, method: string): string {
  const owner =
    credential.kind === 'webhook' ? credentialKeyOf(credential) : `app@${bucketKeyOf(credential)}`;
  return `${owner}|${method.toLowerCase()}`;
}
