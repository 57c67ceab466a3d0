/**
 * Comparing a presented secret (an API key, the metrics token) with configured ones without
 * leaking any of them through timing: both sides are hashed first, so every comparison runs over
 * equal lengths and not even a secret's length shows. Configured secrets are few and fixed for the
 * life of the process, so each is hashed once, not once per request.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Only ever filled with configured secrets (API_KEYS, METRICS_TOKEN): bounded by the config. */
const configuredDigests = new Map<string, Buffer>();

function configuredDigest(secret: string): Buffer {
  let known = configuredDigests.get(secret);
  if (known === undefined) {
    known = digest(secret);
    configuredDigests.set(secret, known);
  }
  return known;
}

/** The index of the configured secret that `presented` equals, or -1; every secret is compared. */
export function findConfiguredSecret(presented: string, configured: readonly string[]): number {
  const presentedDigest = digest(presented);
  let found = -1;
  configured.forEach((secret, index) => {
    if (timingSafeEqual(presentedDigest, configuredDigest(secret)) && found === -1) found = index;
  });
  return found;
}

export function equalsConfiguredSecret(presented: string, configured: string): boolean {
  return findConfiguredSecret(presented, [configured]) === 0;
}
