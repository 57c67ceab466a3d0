/**
 * One refresh at the authorisation server (docs/bitrix24-contract.md §1.3): `grant_type=refresh_token` at the
 * token endpoint, answered by a new access token *and* a new refresh token (the old one is spent).
 * Failures come back through `fail`, which builds the redacted PortalError.
 */
import type { PortalError } from '../portal-error.js';
import type { StoredAppToken } from './app-token-store.js';

export interface AppTokenRequest {
  oauthUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** recorded on the pair (see seedHash) */
  seed: string;
  timeoutMs: number;
  fail: (code: string, httpStatus: number | null, description: string, transport: boolean) => PortalError;
}

export async function requestAppToken(r: AppTokenRequest): Promise<StoredAppToken> {
  const url = new URL(r.oauthUrl);
  url.searchParams.set('grant_type', 'refresh_token');
  url.searchParams.set('client_id', r.clientId);
  url.searchParams.set('client_secret', r.clientSecret);
  url.searchParams.set('refresh_token', r.refreshToken);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(r.timeoutMs),
    });
  } catch (e) {
    throw r.fail(
      'NETWORK_ERROR',
      null,
      `token refresh failed: ${e instanceof Error ? e.name : 'error'}`,
      true,
    );
  }
  let body: Record<string, unknown>;
  try {
    body = (await response.json()) as Record<string, unknown>;
  } catch {
    throw r.fail('BAD_RESPONSE', response.status, 'the token endpoint did not answer with JSON', true);
  }
  if (typeof body.error === 'string' || typeof body.access_token !== 'string') {
    const code = typeof body.error === 'string' ? body.error : 'BAD_RESPONSE';
    const text = typeof body.error_description === 'string' ? body.error_description : 'no access_token';
    throw r.fail(code, response.status, text, false);
  }
  const obtainedAt = Date.now();
  let expiresAt: number | null = null;
  if (typeof body.expires === 'number') expiresAt = body.expires * 1000;
  else if (typeof body.expires_in === 'number') expiresAt = obtainedAt + body.expires_in * 1000;
  return {
    accessToken: body.access_token,
    // Without a new refresh token in the answer, the old one is still the one to use.
    refreshToken: typeof body.refresh_token === 'string' ? body.refresh_token : r.refreshToken,
    expiresAt,
    obtainedAt,
    seed: r.seed,
  };
}
