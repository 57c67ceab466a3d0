/**
 * Multi-portal mode: a portal's 30x may only lead to another portal on BITRIX24_PORTAL_HOSTS. A
 * redirector on 127.0.0.1 (a listed portal) sends the POST either to the emulator (listed) or to a
 * stranger server (not listed); the stranger must never receive the request, and so never the token.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config/config.js';
import { isAllowedRedirectTarget, type PortalHostPattern } from '../../../src/config/portal-hosts.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { classifyPortalError } from '../../../src/backends/bitrix24/errors/classify-portal-error.js';
import {
  createPortalClient,
  PortalError,
  type PortalCredential,
} from '../../../src/backends/bitrix24/index.js';
import { createPortalTraffic } from '../../../src/backends/bitrix24/traffic/from-config.js';

let emu: RunningEmulator;
let redirector: http.Server;
let stranger: http.Server;
let redirectorUrl: string;
let strangerUrl: string;
/** Where the redirector sends the next request. */
let redirectTo = '';
let redirectorHits = 0;
let strangerHits = 0;
let hosts: PortalHostPattern[];

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const close = (server: http.Server) => new Promise<void>((resolve) => server.close(() => resolve()));

beforeAll(async () => {
  emu = await startEmulator({ port: 0 });
  redirector = http.createServer((req, res) => {
    redirectorHits++;
    req.resume();
    res.writeHead(302, { location: `${redirectTo}${req.url}` });
    res.end();
  });
  stranger = http.createServer((req, res) => {
    strangerHits++;
    req.resume();
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ result: { id: 999 } }));
  });
  redirectorUrl = await listen(redirector);
  strangerUrl = await listen(stranger);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    BITRIX24_PORTAL_HOSTS: `${new URL(redirectorUrl).host},${new URL(emu.url).host}`,
  });
  if (config.portal.mode !== 'multi') throw new Error('expected multi-portal mode');
  hosts = [...config.portal.hosts];
});

afterAll(async () => {
  await close(redirector);
  await close(stranger);
  await emu.close();
});

beforeEach(() => {
  redirectorHits = 0;
  strangerHits = 0;
});

const allowed = (origin: string) => isAllowedRedirectTarget(hosts, origin);
const cred = (): PortalCredential => ({
  kind: 'oauth',
  portalUrl: redirectorUrl,
  accessToken: 'dev-token-1',
});

async function failure(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof PortalError) return e;
    throw e;
  }
  throw new Error('expected a PortalError');
}

describe('redirects in multi-portal mode', () => {
  it('follows a redirect to a listed portal and remembers it', async () => {
    redirectTo = emu.url;
    const client = createPortalClient({ timeoutMs: 10_000, redirectAllowed: allowed });
    const answer = await client.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, cred());
    expect(answer.result.id).toBe(1);
    expect(redirectorHits).toBe(1);
    expect(client.movedOrigins.get(redirectorUrl)).toBe(emu.url);
  });

  it('refuses a redirect to an unlisted host: UNSAFE_REDIRECT, nothing sent there', async () => {
    redirectTo = strangerUrl;
    const client = createPortalClient({ timeoutMs: 10_000, redirectAllowed: allowed });
    const e = await failure(client.call('im.dialog.get', { DIALOG_ID: 'chat1' }, cred()));
    expect(e).toMatchObject({ code: 'UNSAFE_REDIRECT', httpStatus: 302, outcomeUnknown: false });
    expect(e.message).toContain(new URL(strangerUrl).host);
    expect(e.message).not.toContain('dev-token-1');
    expect(redirectorHits).toBe(1);
    expect(strangerHits).toBe(0);
    expect(client.movedOrigins.size).toBe(0);
    expect(classifyPortalError(e)).toEqual({ kind: 'graphql', code: 'PORTAL_UNAVAILABLE' });
  });

  it('the traffic engine built from the config passes the rule on, and does not retry the refusal', async () => {
    redirectTo = strangerUrl;
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' });
    const { portal } = createPortalTraffic({
      traffic: config.traffic,
      timeoutMs: 10_000,
      portalUrl: 'https://no-application-token.invalid',
      redirectAllowed: allowed,
    });
    try {
      const e = await failure(portal.call('im.dialog.get', { DIALOG_ID: 'chat1' }, cred()));
      expect(e.code).toBe('UNSAFE_REDIRECT');
      expect(redirectorHits).toBe(1);
      expect(strangerHits).toBe(0);
    } finally {
      await portal.close();
    }
  });

  it('without the rule (single-portal modes) another site is refused, nothing sent there', async () => {
    // 127.0.0.1 -> 127.0.0.2: an IP address is its own site (see portal/redirect-rule.ts).
    redirectTo = strangerUrl.replace('127.0.0.1', '127.0.0.2');
    const client = createPortalClient({ timeoutMs: 10_000 });
    const e = await failure(client.call('im.dialog.get', { DIALOG_ID: 'chat1' }, cred()));
    expect(e.code).toBe('UNSAFE_REDIRECT');
    expect(strangerHits).toBe(0);
  });
});
