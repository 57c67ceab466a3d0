/**
 * Single-portal modes: a 30x from the configured portal is decided per call. The configured "portal"
 * is a tiny redirector on 127.0.0.1; the emulator on 127.0.0.1 (another port, same address: the same
 * site by the IP rule) and a stranger on 127.0.0.2 (another address: another site) are its targets.
 * The real facade in OAuth mode (each user's `auth` travels in the body) and webhook mode (the code
 * travels in the path), wired as main.ts wires it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { isAllowedRedirectTarget } from '../../../src/config/portal-hosts.js';
import { singlePortalRedirects } from '../../../src/backends/bitrix24/redirect-rule.js';
import { createPortalTraffic } from '../../../src/backends/bitrix24/traffic/from-config.js';
import { startFacadeServer, type RunningFacade } from '../../../src/app/facade-server.js';
import type { PortalTarget } from '../../../src/graphql/identity.js';
import { createLogger } from '../../../src/observability/logger.js';
import { logRedirect } from '../../../src/observability/redirect-log.js';
import { DEFAULT_WEBHOOK_CODE, devAccessToken } from '../../support/emulator.js';
import { postGraphQL } from '../server/facade-harness.js';

const API_KEY = 'sticky-redirect-api-key-0123456789';
const QUERY = '{ chat(dialogId: "chat1") { id } }';
let emu: RunningEmulator;
let redirector: http.Server;
let stranger: http.Server;
let redirectorOrigin: string;
let strangerOrigin: string;
/** Where the redirector sends each request. */
let redirectTo = '';
let redirectorHits = 0;
let strangerHits = 0;

async function listen(server: http.Server, host: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
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
  redirectorOrigin = await listen(redirector, '127.0.0.1');
  strangerOrigin = await listen(stranger, '127.0.0.2');
});
afterAll(async () => {
  await close(redirector);
  await close(stranger);
  await emu.close();
});
beforeEach(() => {
  redirectorHits = 0;
  strangerHits = 0;
  emu.clearCalls();
});

interface Running {
  facade: RunningFacade;
  logLines: string[];
  close(): Promise<void>;
}

async function startFacade(env: Record<string, string>): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
  const target: PortalTarget =
    config.portal.mode === 'webhook'
      ? { mode: 'webhook', webhookUrl: config.portal.webhookUrl }
      : { mode: 'oauth', portalUrl: redirectorOrigin };
  const logLines: string[] = [];
  const logger = createLogger('warn', (line) => logLines.push(line));
  const hosts = config.redirectHosts;
  const { portal } = createPortalTraffic({
    traffic: config.traffic,
    timeoutMs: 5000,
    portalUrl: redirectorOrigin,
    redirectRule: singlePortalRedirects(
      hosts.length === 0 ? undefined : (origin) => isAllowedRedirectTarget(hosts, origin),
    ),
    onRedirect: logRedirect(logger),
  });
  const facade = await startFacadeServer({ config, target, portal, logger, drainTimeoutMs: 2000 });
  return {
    facade,
    logLines,
    async close() {
      await facade.close();
      await portal.close();
    },
  };
}

const bearer = (userId: number) => ({ authorization: `Bearer ${devAccessToken(userId)}` });
const warnings = (lines: string[]) =>
  lines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => String(l.msg ?? l.message).includes('redirect'));

describe('OAuth mode', () => {
  let f: Running;
  beforeAll(async () => {
    f = await startFacade({ BITRIX24_PORTAL_URL: redirectorOrigin });
  });
  afterAll(async () => {
    await f.close();
  });

  it("a same-site redirect is followed per call: one 30x does not re-route other users' later calls", async () => {
    redirectTo = emu.url;
    const first = await postGraphQL(f.facade, QUERY, bearer(1));
    expect(first.body.errors).toBeUndefined();
    const afterFirst = redirectorHits;
    expect(afterFirst).toBeGreaterThanOrEqual(1);
    // User 2's calls still go to the configured portal first (before: straight to the remembered target).
    const second = await postGraphQL(f.facade, QUERY, bearer(2));
    expect(second.body.errors).toBeUndefined();
    expect(redirectorHits).toBeGreaterThan(afterFirst);
    expect(new Set(emu.calls().map((c) => c.userId))).toEqual(new Set([1, 2]));
    expect(warnings(f.logLines).length).toBe(redirectorHits);
  });

  it('a redirect to another site is refused before anything (the token) is sent there', async () => {
    redirectTo = strangerOrigin;
    const reply = await postGraphQL(f.facade, QUERY, bearer(1));
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'PORTAL_UNAVAILABLE',
      portal: { code: 'UNSAFE_REDIRECT' },
    });
    expect(JSON.stringify(reply.body)).not.toContain(devAccessToken(1));
    expect(redirectorHits).toBeGreaterThanOrEqual(1);
    expect(strangerHits).toBe(0);
    // Later calls are not re-routed either: the next one goes to the configured portal again.
    redirectTo = emu.url;
    const hits = redirectorHits;
    expect((await postGraphQL(f.facade, QUERY, bearer(2))).body.errors).toBeUndefined();
    expect(redirectorHits).toBeGreaterThan(hits);
  });
});

describe('webhook mode', () => {
  const webhookEnv = () => ({
    BITRIX24_WEBHOOK_URL: `${redirectorOrigin}/rest/1/${DEFAULT_WEBHOOK_CODE}/`,
    FACADE_API_KEYS: API_KEY,
  });

  it('refuses another site with nothing sent there, and logs origins only (never the webhook code)', async () => {
    const f = await startFacade(webhookEnv());
    try {
      redirectTo = strangerOrigin;
      const reply = await postGraphQL(f.facade, QUERY, { 'x-api-key': API_KEY });
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'PORTAL_UNAVAILABLE' });
      expect(strangerHits).toBe(0);
      const logged = warnings(f.logLines);
      expect(logged.length).toBeGreaterThanOrEqual(1);
      expect(logged[0]).toMatchObject({ from: redirectorOrigin, to: strangerOrigin, remembered: false });
      expect(f.logLines.join('\n')).not.toContain(DEFAULT_WEBHOOK_CODE);
      expect(JSON.stringify(reply.body)).not.toContain(DEFAULT_WEBHOOK_CODE);
    } finally {
      await f.close();
    }
  });

  it('a host on BITRIX24_REDIRECT_HOSTS is followed and remembered (the operator consented)', async () => {
    const f = await startFacade({
      ...webhookEnv(),
      BITRIX24_REDIRECT_HOSTS: new URL(strangerOrigin).host,
    });
    try {
      redirectTo = strangerOrigin;
      await postGraphQL(f.facade, QUERY, { 'x-api-key': API_KEY });
      const hits = redirectorHits;
      expect(hits).toBeGreaterThanOrEqual(1);
      expect(strangerHits).toBeGreaterThanOrEqual(1);
      await postGraphQL(f.facade, QUERY, { 'x-api-key': API_KEY });
      expect(redirectorHits).toBe(hits); // went straight to the allowed host
      expect(warnings(f.logLines)[0]).toMatchObject({ to: strangerOrigin, remembered: true });
    } finally {
      await f.close();
    }
  });
});
