/**
 * Keys for pacing state. The bucket is per portal (its origin: the portal counts per portal and
 * source address); the operating budget and the batch groups are per credential. Credentials are
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

export function budgetKeyOf(credential: PortalCredential, method: string): string {
  return `${credentialKeyOf(credential)}|${method.toLowerCase()}`;
}
