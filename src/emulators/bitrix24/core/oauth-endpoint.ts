/**
 * The authorization server's token endpoint (`https://oauth.bitrix.info/oauth/token/`), served at
 * `/oauth/token/` (GET query or POST form/JSON): `grant_type=refresh_token` (auto-renewal.md) and
 * `grant_type=authorization_code` with a code from `/oauth/authorize/` (oauth-authorize.ts; 30 s, once).
 */
import type { Engine } from './engine.js';
import { EmulatorError, errorBody } from './emulator-error.js';
import type { Params } from './method.js';
import { toStr } from './params.js';
import { memberIdOf, takeAuthCode } from './oauth-authorize.js';
import { ACCESS_TOKEN_TTL_SECONDS, mintToken } from './tokens.js';

export interface TokenAnswer {
  status: number;
  json: unknown;
}

export function answerTokenRequest(engine: Engine, params: Params): TokenAnswer {
  try {
    return { status: 200, json: grantTokens(engine, params) };
  } catch (err) {
    const e = err as EmulatorError;
    return { status: e.status, json: errorBody(e) };
  }
}

/** Both grant types end in a fresh token pair; the checks up to the app are shared. */
function grantTokens(engine: Engine, params: Params): Record<string, unknown> {
  const grantType = toStr(params.grant_type);
  const clientId = toStr(params.client_id);
  const clientSecret = toStr(params.client_secret);
  if (!grantType || !clientId || !clientSecret) {
    throw new EmulatorError(400, 'invalid_request', 'grant_type, client_id and client_secret are required');
  }
  const app = engine.state.apps.get(clientId);
  if (!app || app.clientSecret !== clientSecret) {
    throw new EmulatorError(401, 'invalid_client', 'Invalid client data');
  }
  const nowMs = Date.now();
  if (grantType === 'authorization_code') {
    const code = toStr(params.code);
    if (!code) throw new EmulatorError(400, 'invalid_request', 'code is required');
    const grant = takeAuthCode(engine, code, nowMs);
    if (!grant || grant.clientId !== clientId) {
      throw new EmulatorError(400, 'invalid_grant', 'Invalid authorization code');
    }
    return tokenPair(engine, { userId: grant.userId, clientId, scopes: grant.scopes }, nowMs);
  }
  if (grantType !== 'refresh_token')
    throw new EmulatorError(400, 'invalid_request', 'Unsupported grant_type');
  const refreshToken = toStr(params.refresh_token);
  if (!refreshToken) throw new EmulatorError(400, 'invalid_request', 'refresh_token is required');
  const old = engine.state.refreshTokens.get(refreshToken);
  if (!old || old.clientId !== clientId)
    throw new EmulatorError(400, 'invalid_grant', 'Invalid refresh token');
  // The old refresh token is single-use; the old access token keeps working until it expires.
  engine.state.refreshTokens.delete(refreshToken);
  return tokenPair(engine, { userId: old.userId, clientId, scopes: old.scopes }, nowMs);
}

function tokenPair(
  engine: Engine,
  grant: { userId: number; clientId: string; scopes: string[] },
  nowMs: number,
): Record<string, unknown> {
  const token = mintToken(engine.state, { ...grant, expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS }, nowMs);
  return {
    access_token: token.accessToken,
    expires: Math.floor(token.expiresAt / 1000),
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    scope: token.scopes.join(','),
    domain: 'oauth.bitrix.info',
    // The authorization server's REST root, `<its origin>/rest/` as in the docs
    // (`https://oauth.bitrix.info/rest/`). Clients derive the token URL from it by dropping `/rest/`
    // and adding `/oauth/token/` (the official JS SDK does), which must land on this endpoint.
    server_endpoint: `${engine.baseUrl}/rest/`,
    status: 'L',
    client_endpoint: `${engine.baseUrl}/rest/`,
    member_id: memberIdOf(engine),
    user_id: token.userId,
    refresh_token: token.refreshToken,
  };
}
