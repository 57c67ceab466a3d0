/**
 * How a portal call authenticates. A webhook carries its secret in the URL path; an OAuth call
 * carries the user's access token in the `auth` body parameter (docs/bitrix24-contract.md §1.1).
 */
import { memoizeString } from './string-memo.js';

export type PortalCredential =
  | { kind: 'webhook'; /** `https://host/rest/<uid>/<code>/` */ webhookUrl: string }
  | { kind: 'oauth'; /** `https://host` */ portalUrl: string; accessToken: string };

export class CredentialError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialError';
  }
}

// Plain HTTP is only acceptable towards this machine: the portal itself refuses plain HTTP.
import { isLoopbackHost } from '../../config/loopback-host.js';

/** Throws CredentialError unless `url` is https, or http on a loopback host. Never echoes the path. */
export function assertPortalUrlAllowed(url: URL, what = 'portal URL'): void {
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return;
  if (url.protocol === 'http:') {
    throw new CredentialError(
      `The ${what} for host ${url.hostname} uses plain http://; only https:// is allowed except on loopback (127.0.0.0/8, ::1, localhost)`,
    );
  }
  throw new CredentialError(`The ${what} for host ${url.hostname} has unsupported protocol ${url.protocol}`);
}

function parseUrl(raw: string, what: string): URL {
  try {
    return new URL(raw);
  } catch {
    // The raw value may hold a secret: do not repeat it.
    throw new CredentialError(`The ${what} is not a valid absolute URL`);
  }
}

const WEBHOOK_PATH = /^\/rest\/(\d+)\/([^/]+)\/?$/;

/** Validates a credential and returns it in canonical form (webhook URL ending in `/`, portal URL = origin). */
export function validateCredential(credential: PortalCredential): PortalCredential {
  if (credential.kind === 'webhook') {
    const url = parseUrl(credential.webhookUrl, 'webhook URL');
    assertPortalUrlAllowed(url, 'webhook URL');
    if (!WEBHOOK_PATH.test(url.pathname) || url.search || url.hash) {
      throw new CredentialError(
        `The webhook URL for host ${url.hostname} must look like https://<portal>/rest/<userId>/<code>/`,
      );
    }
    const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
    return { kind: 'webhook', webhookUrl: `${url.origin}${path}` };
  }
  const url = parseUrl(credential.portalUrl, 'portal URL');
  assertPortalUrlAllowed(url);
  if (!credential.accessToken || /\s/.test(credential.accessToken)) {
    throw new CredentialError(`The OAuth access token for host ${url.hostname} is empty or malformed`);
  }
  return { kind: 'oauth', portalUrl: url.origin, accessToken: credential.accessToken };
}

/** Parsing a URL costs more than the rest of a cached read; a facade talks to a handful of portals. */
const originOf = memoizeString((url: string) => new URL(url).origin);

/** The origin (`https://host[:port]`) a credential talks to. */
export function credentialOrigin(credential: PortalCredential): string {
  return originOf(credential.kind === 'webhook' ? credential.webhookUrl : credential.portalUrl);
}

/** The secret strings a credential holds, so that error texts can be scrubbed of them. */
export function credentialSecrets(credential: PortalCredential): readonly string[] {
  if (credential.kind === 'oauth') return [credential.accessToken];
  return webhookSecrets(credential.webhookUrl);
}

/** Webhook URLs are few (the configured one, or one per multi-portal host): parsed once each. */
const webhookSecrets = memoizeString((webhookUrl: string): readonly string[] => {
  try {
    const match = WEBHOOK_PATH.exec(new URL(webhookUrl).pathname);
    return match?.[2] ? [match[2]] : [];
  } catch {
    return [];
  }
});
