/**
 * The application token pair as kept in BITRIX24_APP_TOKEN_FILE (and in Redis): its shape, its
 * parser, and the start-up check of the file. Here because loadConfig checks the file before
 * anything starts (one problem line per bad setting); the token stores use the same parser.
 * The contents are secrets: nothing here quotes them.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { dirname } from 'node:path';

const VARIABLE = 'BITRIX24_APP_TOKEN_FILE';

export interface StoredAppToken {
  accessToken: string;
  refreshToken: string;
  /** epoch ms when the access token expires, null when the token endpoint did not say */
  expiresAt: number | null;
  /** epoch ms when the pair was obtained */
  obtainedAt: number;
  /** hash of the configured refresh token this pair was rotated from (see seedHash) */
  seed?: string;
}

/**
 * Parses what a store read back. Returns undefined when it is not a token pair; the reason names
 * the problem, never the contents (a JSON.parse message would quote them).
 */
export function parseStoredAppToken(
  text: string,
): { ok: true; token: StoredAppToken } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'invalid JSON' };
  }
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'not a JSON object' };
  const r = raw as Record<string, unknown>;
  const nonEmpty = (v: unknown) => typeof v === 'string' && v !== '';
  if (!nonEmpty(r.accessToken) || !nonEmpty(r.refreshToken))
    return { ok: false, reason: 'accessToken and refreshToken must be non-empty strings' };
  if (typeof r.obtainedAt !== 'number' || !Number.isFinite(r.obtainedAt))
    return { ok: false, reason: 'obtainedAt must be a number' };
  if (r.expiresAt !== null && (typeof r.expiresAt !== 'number' || !Number.isFinite(r.expiresAt)))
    return { ok: false, reason: 'expiresAt must be a number or null' };
  if (r.seed !== undefined && typeof r.seed !== 'string')
    return { ok: false, reason: 'seed must be a string' };
  return {
    ok: true,
    token: {
      accessToken: r.accessToken as string,
      refreshToken: r.refreshToken as string,
      expiresAt: r.expiresAt,
      obtainedAt: r.obtainedAt,
      ...(r.seed === undefined ? {} : { seed: r.seed }),
    },
  };
}

/**
 * The one-line problem with this path at start-up, or undefined when it is usable: a file that
 * exists must hold a token pair, and its directory must be writable. Never quotes the contents.
 */
export function checkAppTokenFile(path: string): string | undefined {
  let text: string | undefined;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') return `${VARIABLE} ${path} cannot be read (${code ?? 'error'})`;
  }
  if (text !== undefined) {
    const parsed = parseStoredAppToken(text);
    if (!parsed.ok) {
      return `${VARIABLE} ${path} is not a stored application token (${parsed.reason}); fix or delete it (BITRIX24_APP_REFRESH_TOKEN then seeds a new one)`;
    }
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return `${VARIABLE} ${path}: its directory is not writable (${code ?? 'error'})`;
  }
  return undefined;
}
