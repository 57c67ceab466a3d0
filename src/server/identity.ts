/**
 * Who a GraphQL request acts as (DESIGN §3). Resolved once per request in the context function
 * from the HTTP headers; resolvers only ever see the resulting Identity.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { HeaderMap } from '@apollo/server';
import type { PortalCredential } from '../portal/credential.js';
import { unauthenticated } from '../graphql-errors/facade-errors.js';

export type IdentityMode = 'oauth' | 'webhook' | 'emulator';

export interface Identity {
  readonly mode: IdentityMode;
  readonly credential: PortalCredential;
  /** Known without a portal call only in webhook mode (the webhook's owner). */
  readonly userId?: number;
  /** For logs: never a secret (a short hash of the token, the API key's position, "anonymous"). */
  readonly subject: string;
}

/** Where portal calls go, after `main.ts` has started the embedded emulator if needed. */
export type PortalTarget =
  | { readonly mode: 'oauth' | 'emulator'; readonly portalUrl: string }
  | { readonly mode: 'webhook'; readonly webhookUrl: string };

export interface IdentityOptions {
  readonly target: PortalTarget;
  /** Webhook mode: the keys callers may present. */
  readonly apiKeys: readonly string[];
  readonly allowAnonymous: boolean;
}

/** The outcome for one request: an identity, or "none presented" (decided later, see require-identity). */
export type IdentityResult = { kind: 'identified'; identity: Identity } | { kind: 'missing'; reason: string };

const TOKEN_SHAPE = /^[A-Za-z0-9._~+/=-]{1,2048}$/;

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/** Compares a presented key with every configured key in constant time (per key). */
export function findApiKey(presented: string, keys: readonly string[]): number {
  const presentedDigest = digest(presented);
  let found = -1;
  keys.forEach((key, index) => {
    // Digests have equal length, so timingSafeEqual never throws and leaks no length.
    if (timingSafeEqual(presentedDigest, digest(key)) && found === -1) found = index;
  });
  return found;
}

function bearerToken(headers: HeaderMap): string | undefined {
  const header = headers.get('authorization');
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header.trim());
  if (match?.[1] === undefined) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return match[1];
}

function webhookOwner(webhookUrl: string): number | undefined {
  const match = /\/rest\/(\d+)\//.exec(new URL(webhookUrl).pathname);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

function resolveWebhook(headers: HeaderMap, options: IdentityOptions, webhookUrl: string): IdentityResult {
  const presented = headers.get('x-api-key')?.trim() || bearerToken(headers);
  const credential: PortalCredential = { kind: 'webhook', webhookUrl };
  const userId = webhookOwner(webhookUrl);
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

export function resolveIdentity(headers: HeaderMap, options: IdentityOptions): IdentityResult {
  const { target } = options;
  if (target.mode === 'webhook') return resolveWebhook(headers, options, target.webhookUrl);
  const token = bearerToken(headers);
  if (token === undefined) {
    return { kind: 'missing', reason: 'A user access token is required (Authorization: Bearer <token>).' };
  }
  if (!TOKEN_SHAPE.test(token)) throw unauthenticated('The access token is malformed.');
  return {
    kind: 'identified',
    identity: {
      mode: target.mode,
      credential: { kind: 'oauth', portalUrl: target.portalUrl, accessToken: token },
      subject: `token:${digest(token).toString('hex').slice(0, 10)}`,
    },
  };
}
