/**
 * Credential resolution (docs/bitrix24-contract.md §1.2, docs/bitrix24-contract.md §1.3): a webhook from the URL path or an OAuth access token
 * from `auth`. Error texts are the portal's and never contain the secret that was sent.
 */
import { EmulatorError } from './emulator-error.js';
import type { CallAuth, CallContext, MethodDefinition } from './method.js';
import type { EmUser, EmulatorState } from '../store/state.js';

export type CredentialInput =
  { kind: 'webhook'; userId: number; code: string } | { kind: 'oauth'; token: string | undefined };

export interface ResolvedCredential {
  auth: CallAuth;
  user: EmUser;
  credentialKey: string;
  scopes: string[];
}

const noAuthFound = (): EmulatorError => new EmulatorError(401, 'NO_AUTH_FOUND', 'Wrong authorization data');

export const insufficientScope = (): EmulatorError =>
  new EmulatorError(
    403,
    'insufficient_scope',
    'The request requires higher privileges than provided by the webhook token',
  );

function oauthScopes(tokenScopes: string[], appScopes: string[]): string[] {
  return tokenScopes.filter((s) => appScopes.includes(s));
}

export function resolveCredential(
  state: EmulatorState,
  input: CredentialInput,
  nowMs: number,
): ResolvedCredential {
  if (input.kind === 'webhook') {
    const webhook = state.webhooks.find((w) => w.userId === input.userId && w.code === input.code);
    // The docs do not name the code for an expired webhook; the contract picks NO_AUTH_FOUND.
    if (!webhook || (webhook.expiresAt !== null && nowMs >= webhook.expiresAt)) throw noAuthFound();
    const user = state.users.get(webhook.userId);
    if (!user) throw noAuthFound();
    return {
      auth: { kind: 'webhook', webhook },
      user,
      credentialKey: `webhook:${webhook.userId}:${webhook.code}`,
      scopes: webhook.scopes,
    };
  }
  // No `auth` at all: the docs only document NO_AUTH_FOUND for missing/invalid authorization data.
  if (!input.token) throw noAuthFound();
  const token = state.tokens.get(input.token);
  const app = token ? state.apps.get(token.clientId) : undefined;
  const user = token ? state.users.get(token.userId) : undefined;
  if (!token || !app || !user) throw noAuthFound();
  if (nowMs >= token.expiresAt) {
    throw new EmulatorError(401, 'expired_token', 'The access token provided has expired');
  }
  return {
    auth: { kind: 'oauth', token, app },
    user,
    credentialKey: `app:${app.clientId}`,
    // An app token is limited by its own scopes and by the app card's.
    scopes: oauthScopes(token.scopes, app.scopes),
  };
}

/** The credential of a running call, for code (like `batch`) that makes calls on its behalf. */
export function credentialOf(ctx: CallContext): ResolvedCredential {
  const scopes =
    ctx.auth.kind === 'webhook'
      ? ctx.auth.webhook.scopes
      : oauthScopes(ctx.auth.token.scopes, ctx.auth.app.scopes);
  return { auth: ctx.auth, user: ctx.user, credentialKey: ctx.credentialKey, scopes };
}

/**
 * Auth-type, then scope checks for one method. The auth type goes first: every `imconnector.*`
 * page documents `WRONG_AUTH_TYPE` as the answer to a webhook call, whatever scopes the webhook has.
 */
export function checkMethodAccess(method: MethodDefinition, cred: ResolvedCredential): void {
  if (method.oauthOnly && cred.auth.kind === 'webhook') {
    throw new EmulatorError(
      403,
      'WRONG_AUTH_TYPE',
      'Current authorization type is denied for this method Application context required',
    );
  }
  if (method.scopes.length > 0 && !method.scopes.some((s) => cred.scopes.includes(s))) {
    throw insufficientScope();
  }
}
