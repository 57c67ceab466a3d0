/**
 * Step 1 of the complete OAuth protocol (oauth/index.md), served by the portal at `/oauth/authorize/`:
 * `?client_id=…&state=…` by a user already signed in to the portal. The seeded apps have no
 * `redirect_uri` in their settings, which the page documents as the partner-area case: the portal
 * shows the authorization code on the page instead of redirecting. The page (or, for a client that
 * asks with `Accept: application/json`, the same data as JSON) carries the parameters a redirect
 * would have added: code, state, domain, member_id, scope, server_domain.
 * The code lives 30 seconds and is exchanged once at the token endpoint (oauth-endpoint.ts).
 * An unknown client_id is shown as an error page: the app gets neither a redirect nor error parameters.
 * Emulator-only: `user_id` picks the signed-in user (default 1), as the emulator has no login form.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Engine } from './engine.js';

export const AUTHORIZE_PATHS = new Set(['/oauth/authorize', '/oauth/authorize/']);
const AUTH_CODE_TTL_MS = 30_000;

export interface AuthCode {
  clientId: string;
  userId: number;
  scopes: string[];
  expiresAtMs: number;
}

/** Codes per engine: they outlive no emulator and need no place in the seedable state. */
const codesByEngine = new WeakMap<Engine, Map<string, AuthCode>>();

function codesOf(engine: Engine): Map<string, AuthCode> {
  let codes = codesByEngine.get(engine);
  if (!codes) {
    codes = new Map();
    codesByEngine.set(engine, codes);
  }
  return codes;
}

/** The code's grant, once: a used, expired or unknown code is `undefined`. */
export function takeAuthCode(engine: Engine, code: string, nowMs: number): AuthCode | undefined {
  const codes = codesOf(engine);
  const grant = codes.get(code);
  codes.delete(code);
  return grant && grant.expiresAtMs > nowMs ? grant : undefined;
}

export const memberIdOf = (engine: Engine): string =>
  createHash('md5').update(engine.state.portalHost).digest('hex');

export interface AuthorizeAnswer {
  status: number;
  contentType: string;
  body: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: number, title: string, rows: Record<string, string>): AuthorizeAnswer {
  const items = Object.entries(rows)
    .map(([k, v]) => `<dt>${k}</dt><dd id="${k}"><code>${escapeHtml(v)}</code></dd>`)
    .join('');
  const body = `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><dl>${items}</dl></body></html>`;
  return { status, contentType: 'text/html; charset=utf-8', body };
}

export function answerAuthorize(engine: Engine, query: URLSearchParams, wantsJson: boolean): AuthorizeAnswer {
  const clientId = query.get('client_id') ?? '';
  const app = engine.state.apps.get(clientId);
  const userId = Number(query.get('user_id') ?? '1');
  const user = Number.isInteger(userId) ? engine.state.users.get(userId) : undefined;
  if (!app || !user || user.isBot) {
    const error = !app ? 'The application is not installed or client_id is wrong' : 'Unknown user';
    if (wantsJson) {
      return {
        status: 400,
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify({ error: 'invalid_request', error_description: error }),
      };
    }
    return page(400, 'Authorization error', { error });
  }
  const code = randomBytes(16).toString('hex');
  codesOf(engine).set(code, {
    clientId: app.clientId,
    userId: user.id,
    scopes: [...app.scopes],
    expiresAtMs: Date.now() + AUTH_CODE_TTL_MS,
  });
  const data: Record<string, string> = {
    code,
    state: query.get('state') ?? '',
    domain: engine.state.portalHost,
    member_id: memberIdOf(engine),
    scope: app.scopes.join(','),
    server_domain: 'oauth.bitrix.info',
  };
  if (wantsJson) {
    return { status: 200, contentType: 'application/json; charset=utf-8', body: JSON.stringify(data) };
  }
  return page(200, 'Authorization code', data);
}
