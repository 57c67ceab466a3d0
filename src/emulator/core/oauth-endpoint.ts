/**
 * The authorization server's token endpoint (`https://oauth.bitrix.info/oauth/token/`), served at
 * `/oauth/token/` (GET query or POST form/JSON). Only `grant_type=refresh_token` is supported: the
 * emulator has no interactive install flow, so there are no authorization codes to exchange.
 */
import { createHash } from 'node:crypto';
import type { Engine } from './engine.js';
import { EmulatorError } from './emulator-error.js';
import type { Params } from './method.js';
import { toStr } from './params.js';
import { ACCESS_TOKEN_TTL_SECONDS, mintToken } from './tokens.js';

export interface TokenAnswer {
  status: number;
  json: unknown;
}

const oauthError = (status: number, code: string, description: string): EmulatorError =>
  new EmulatorError(status, code, description);

export function answerTokenRequest(engine: Engine, params: Params): TokenAnswer {
  try {
    return { status: 200, json: refresh(engine, params) };
  } catch (err) {
    const e = err as EmulatorError;
    return { status: e.status, json: { error: e.code, error_description: e.description } };
  }
}

function refresh(engine: Engine, params: Params): Record<string, unknown> {
  const grantType = toStr(params.grant_type);
  const clientId = toStr(params.client_id);
  const clientSecret = toStr(params.client_secret);
  if (!grantType || !clientId || !clientSecret) {
    throw oauthError(400, 'invalid_request', 'grant_type, client_id and client_secret are required');
  }
  const app = engine.state.apps.get(clientId);
  if (!app || app.clientSecret !== clientSecret) {
    throw oauthError(401, 'invalid_client', 'Invalid client data');
  }
  if (grantType === 'authorization_code') {
    throw oauthError(400, 'invalid_grant', 'Invalid authorization code');
  }
  if (grantType !== 'refresh_token') throw oauthError(400, 'invalid_request', 'Unsupported grant_type');
  const refreshToken = toStr(params.refresh_token);
  if (!refreshToken) throw oauthError(400, 'invalid_request', 'refresh_token is required');
  const old = engine.state.refreshTokens.get(refreshToken);
  if (!old || old.clientId !== clientId) throw oauthError(400, 'invalid_grant', 'Invalid refresh token');
  // The old refresh token is single-use; the old access token keeps working until it expires.
  engine.state.refreshTokens.delete(refreshToken);
  const nowMs = Date.now();
  const token = mintToken(
    engine.state,
    { userId: old.userId, clientId, scopes: old.scopes, expiresInSeconds: ACCESS_TOKEN_TTL_SECONDS },
    nowMs,
  );
  return {
    access_token: token.accessToken,
    expires: Math.floor(token.expiresAt / 1000),
    expires_in: ACCESS_TOKEN_TTL_SECONDS,
    scope: token.scopes.join(','),
    domain: 'oauth.bitrix.info',
    server_endpoint: `${engine.baseUrl}/oauth/rest/`,
    status: 'L',
    client_endpoint: `${engine.baseUrl}/rest/`,
    member_id: createHash('md5').update(engine.state.portalHost).digest('hex'),
    user_id: token.userId,
    refresh_token: token.refreshToken,
  };
}
