/**
 * Who a GraphQL request acts as (docs/architecture.md §3). Resolved once per request in the context function
 * from the HTTP headers; resolvers only ever see the resulting Identity.
 */
import { createHash } from 'node:crypto';
import type { HeaderMap } from '@apollo/server';
import type { PortalCredential } from '../backends/bitrix24/credential.js';
import type { PortalHostPattern } from '../config/portal-hosts.js';
import { unauthenticated } from '../graphql-errors/facade-errors.js';
import { findConfiguredSecret } from './secret-compare.js';
import { memoizeString } from '../backends/bitrix24/string-memo.js';
import { PORTAL_DOMAIN_REQUIRED, PORTAL_DOMAIN_REQUIRED_MESSAGE, requestPortal } from './portal-domain.js';

export type IdentityMode = 'oauth' | 'webhook' | 'emulator';

export interface Identity {
  readonly mode: IdentityMode;
  readonly credential: PortalCredential;
  /** Known without a portal call only in webhook mode (the webhook's owner). */
  readonly userId?: number;
  /**
   * For logs and per-identity cache keys: never a secret (a short hash of the token, the API key's
   * position, "anonymous"). In multi-portal mode it ends in `@<portal host>`: the same token string
   * on two portals is two users.
   */
  readonly subject: string;
  /** Multi-portal mode: the request's portal origin (`https://acme.bitrix24.com`). */
  readonly portalOrigin?: string;
}

/**
 * Where portal calls go, after `main.ts` has started the embedded emulator if needed. `multi`:
 * OAuth on the portal each request names in X-Bitrix24-Domain, if it is on the allow-list.
 */
export type PortalTarget =
  | { readonly mode: 'oauth' | 'emulator'; readonly portalUrl: string }
  | { readonly mode: 'multi'; readonly hosts: readonly PortalHostPattern[] }
  | { readonly mode: 'webhook'; readonly webhookUrl: string };

export interface IdentityOptions {
  readonly target: PortalTarget;
  /** Webhook mode: the keys callers may present. */
  readonly apiKeys: readonly string[];
  readonly allowAnonymous: boolean;
}

/** The outcome for one request: an identity, or "none presented" (decided later, see require-identity). */
export type IdentityResult =
  | { kind: 'identified'; identity: Identity }
  /** `code`: the `extensions.reason` of the UNAUTHENTICATED error, when there is one. */
  | { kind: 'missing'; reason: string; code?: string };

const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{1,2048}$/;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** The short, non-secret hash of a token in `subject`: computed once per token, not per request. */
const tokenHash = memoizeString((value: string) => digest(value).toString('hex').slice(0, 10));

/** Compares a presented key with every configured key in constant time (per key). */
export const findApiKey = findConfiguredSecret;

function bearerToken(headers: HeaderMap): string | undefined {
  const header = headers.get('authorization');
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (match?.[1] === undefined) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return match[1];
}

/** The webhook is fixed by the config: its URL is parsed once, not on every request. */
const webhookOwnerOf = memoizeString((webhookUrl: string): { userId?: number } => {
  const match = /\/rest\/(\d+)\//.exec(new URL(webhookUrl).pathname);
  return match?.[1] === undefined ? {} : { userId: Number(match[1]) };
});

function resolveWebhook(headers: HeaderMap, options: IdentityOptions, webhookUrl: string): IdentityResult {
  const presented = headers.get('x-api-key')?.trim() || bearerToken(headers);
  const credential: PortalCredential = { kind: 'webhook', webhookUrl };
  const { userId } = webhookOwnerOf(webhookUrl);
  const base = { mode: 'webhook' as const, credential, ...(userId === undefined ? {} : { userId }) };
  if (presented === undefined) {
    if (options.allowAnonymous) return { kind: 'identified', identity: { ...base, subject: 'anonymous' } };
    return { kind: 'missing', reason: 'An API key is required (Authorization: Bearer <key> or X-Api-Key).' };
  }
  const index = findApiKey(presented, options.apiKeys);
  // A wrong key is refused even when anonymous access is allowed: it is a client mistake.
  if (index === -1) throw unauthenticated('The API key is not valid.');
  return { kind: 'identified', identity: { ...base, subject: `api-key#${index + 1}` } };
}

function resolveOAuth(
  headers: HeaderMap,
  mode: 'oauth' | 'emulator',
  portalUrl: string,
  portalHost?: string,
): IdentityResult {
  const token = bearerToken(headers);
  if (token === undefined) {
    return { kind: 'missing', reason: 'A user access token is required (Authorization: Bearer <token>).' };
  }
  if (!TOKEN_SHAPE.test(token)) throw unauthenticated('The access token is malformed.');
  const credential: PortalCredential = { kind: 'oauth', portalUrl, accessToken: token };
  if (portalHost === undefined) {
    return {
      kind: 'identified',
      identity: { mode, credential, subject: `token:${tokenHash(token)}` },
    };
  }
  const hash = tokenHash(`${portalUrl}\n${token}`);
  return {
    kind: 'identified',
    identity: { mode, credential, subject: `token:${hash}@${portalHost}`, portalOrigin: portalUrl },
  };
}

export function resolveIdentity(headers: HeaderMap, options: IdentityOptions): IdentityResult {
  const { target } = options;
  if (target.mode === 'webhook') return resolveWebhook(headers, options, target.webhookUrl);
  if (target.mode !== 'multi') return resolveOAuth(headers, target.mode, target.portalUrl);
  // The portal first: a host that is not allowed is refused whatever token comes with it.
  const portal = requestPortal(headers, target.hosts);
  if (portal === undefined) {
    return { kind: 'missing', reason: PORTAL_DOMAIN_REQUIRED_MESSAGE, code: PORTAL_DOMAIN_REQUIRED };
  }
  // Multi-portal identities are OAuth identities: everything downstream treats them alike.
  return resolveOAuth(headers, 'oauth', portal.origin, portal.host);
}
