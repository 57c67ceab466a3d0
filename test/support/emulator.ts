/**
 * Test helpers for talking to a running emulator over real HTTP.
 *
 *   const emu = await startEmulator();
 *   const { status, body } = await callRest(emu, 'im.dialog.get', { DIALOG_ID: 'chat1' }, { webhook: true });
 *   const r2 = await callRest(emu, 'vote.AttachedVote.get', { attachId: 1 }, { token: 'dev-token-2' });
 */
import type { RunningEmulator } from '../../src/emulators/bitrix24/index.js';
import {
  DEFAULT_WEBHOOK_CODE,
  DEFAULT_WEBHOOK_USER_ID,
  devAccessToken,
} from '../../src/emulators/bitrix24/store/default-seed.js';

export { startEmulator } from '../../src/emulators/bitrix24/index.js';
export type { RunningEmulator } from '../../src/emulators/bitrix24/index.js';
export { DEFAULT_WEBHOOK_CODE, DEFAULT_WEBHOOK_USER_ID, devAccessToken };

export type CallAs =
  /** an OAuth access token (sent as `auth` in the JSON body) */
  | { token: string }
  /** the seeded webhook of user 1, or another webhook given by user id and code */
  | { webhook: true | { userId: number; code: string } }
  /** OAuth URL form without any credential */
  | { none: true };

export interface RestResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
  /** the raw body text (useful for HTML faults and binary answers) */
  text: string;
}

/** The URL a method call goes to for the given credential. */
export function restUrl(emu: Pick<RunningEmulator, 'url'>, method: string, as: CallAs): string {
  if ('webhook' in as) {
    const hook =
      as.webhook === true ? { userId: DEFAULT_WEBHOOK_USER_ID, code: DEFAULT_WEBHOOK_CODE } : as.webhook;
    return `${emu.url}/rest/${hook.userId}/${hook.code}/${method}`;
  }
  return `${emu.url}/rest/${method}`;
}

async function toResponse(res: Response): Promise<RestResponse> {
  const text = await res.text();
  let body: unknown = undefined;
  if ((res.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text);
  return { status: res.status, body, headers: res.headers, text };
}

/** A JSON POST to a REST method, as the facade's client would send it. Defaults to user 1's dev token. */
export async function callRest(
  emu: Pick<RunningEmulator, 'url'>,
  method: string,
  params: Record<string, unknown> = {},
  as: CallAs = { token: devAccessToken(1) },
): Promise<RestResponse> {
  const body = 'token' in as ? { ...params, auth: as.token } : params;
  const res = await fetch(restUrl(emu, method, as), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  return toResponse(res);
}

/** Any request to the emulator (raw bodies, GET queries, /_emulator/ controls). */
export async function request(
  emu: Pick<RunningEmulator, 'url'>,
  path: string,
  init: { method?: string; json?: unknown; body?: string; contentType?: string } = {},
): Promise<RestResponse> {
  const headers: Record<string, string> = {};
  let body: string | undefined = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    headers['Content-Type'] = 'application/json';
  }
  if (init.contentType) headers['Content-Type'] = init.contentType;
  const res = await fetch(`${emu.url}${path}`, {
    method: init.method ?? (body ? 'POST' : 'GET'),
    headers,
    body,
  });
  return toResponse(res);
}

/** Mints an OAuth token through the control API (for expiry and scope tests). */
export async function mintTestToken(
  emu: Pick<RunningEmulator, 'url'>,
  opts: { userId: number; clientId?: string; expiresInSeconds?: number; scopes?: string[] },
): Promise<{ accessToken: string; refreshToken: string }> {
  const res = await request(emu, '/_emulator/tokens', { method: 'POST', json: opts });
  if (res.status !== 200) throw new Error(`minting a test token failed: ${res.text}`);
  return res.body as { accessToken: string; refreshToken: string };
}

/** Adds a fault through the control API. */
export async function addFault(
  emu: Pick<RunningEmulator, 'url'>,
  fault: Record<string, unknown>,
): Promise<void> {
  const res = await request(emu, '/_emulator/faults', { method: 'POST', json: fault });
  if (res.status !== 200) throw new Error(`adding a fault failed: ${res.text}`);
}

/** One message of a chat's history as `GET /_emulator/state/messages` shows it (bot, connector, poll, user). */
export interface HistoryMessage {
  id: number;
  chatId: number;
  authorId: number;
  text: string;
  [field: string]: any;
}

/** A chat's whole history, read through the control API (soft-deleted rows included). */
export async function chatHistory(
  emu: Pick<RunningEmulator, 'url'>,
  chatId: number,
): Promise<HistoryMessage[]> {
  const res = await request(emu, `/_emulator/state/messages?chatId=${chatId}`);
  if (res.status !== 200) throw new Error(`reading chat ${chatId} failed: ${res.text}`);
  return res.body.messages as HistoryMessage[];
}
