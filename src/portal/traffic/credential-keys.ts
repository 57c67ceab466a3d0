/**
 * Keys for pacing state. The bucket is per portal (its origin: the portal counts per portal and
 * source address); the operating budget is per application (OAuth) or webhook; batch groups are per
 * credential (a batch runs as one user). Credentials are
 * hashed: keys end up in Redis and in memory dumps, secrets must not.
 */
import { createHash } from 'node:crypto';
import { credentialOrigin, type PortalCredential } from '../credential.js';

export function bucketKeyOf(credential: PortalCredential): string {
  try {
    return credentialOrigin(credential);
  } catch {
    return 'invalid-credential';
  }
}

export function credentialKeyOf(credential: PortalCredential): string {
  const material =
    credential.kind === 'webhook'
      ? `webhook|${credential.webhookUrl}`
      : `oauth|${credential.portalUrl}|${credential.accessToken}`;
  return createHash('sha256').update(material).digest('base64url').slice(0, 24);
}

/**
 * The portal keeps the operating budget per method and per *application or webhook* (contract
 * §4.2), not per user: every user token of this facade's application shares one budget, so OAuth
 * credentials are keyed by their portal. A webhook is its own budget.
 */
export function budgetKeyOf(credential: PortalCredential, method: string): string {
  const owner =
    credential.kind === 'webhook' ? credentialKeyOf(credential) : `app@${bucketKeyOf(credential)}`;
  return `${owner}|${method.toLowerCase()}`;
}
