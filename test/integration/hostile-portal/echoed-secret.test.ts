/**
 * A portal that echoes our webhook URL in its error code: the code must not leave the server in
 * `extensions.portal.code` (every extension string is scrubbed), and an error code we have no rule
 * for is logged (warn, method and code, scrubbed) although the client only sees
 * INTERNAL_SERVER_ERROR. A tiny hostile "portal" on loopback, the real facade in webhook mode.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config/config.js';
import { createPortalClient } from '../../../src/backends/bitrix24/client.js';
import { startFacadeServer, type RunningFacade } from '../../../src/app/facade-server.js';
import { createLogger } from '../../../src/observability/logger.js';
import { postGraphQL } from '../server/facade-harness.js';

const CODE = 'hostilewebhooksecret42';
const API_KEY = 'api-key-0123456789abcdef';
let portal: http.Server;
let facade: RunningFacade;
const logLines: string[] = [];

beforeAll(async () => {
  portal = http.createServer((req, res) => {
    req.resume();
    res.writeHead(400, { 'content-type': 'application/json' });
    // The portal echoes the request path (with our webhook code) in its error code.
    res.end(JSON.stringify({ error: `ERR ${req.url ?? ''}`, error_description: 'no' }));
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  const port = (portal.address() as AddressInfo).port;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    BITRIX24_WEBHOOK_URL: `http://127.0.0.1:${port}/rest/1/${CODE}/`,
    FACADE_API_KEYS: API_KEY,
  });
  if (config.portal.mode !== 'webhook') throw new Error('expected webhook mode');
  facade = await startFacadeServer({
    config,
    target: { mode: 'webhook', webhookUrl: config.portal.webhookUrl },
    portal: createPortalClient({ timeoutMs: 5000 }),
    logger: createLogger('warn', (line) => logLines.push(line)),
    drainTimeoutMs: 2000,
  });
});
afterAll(async () => {
  await facade.close();
  await new Promise<void>((resolve) => portal.close(() => resolve()));
});

it('scrubs the echoed webhook code from every extension, and logs the unknown code', async () => {
  const reply = await postGraphQL(facade, '{ chat(dialogId: "chat1") { dialogId } }', {
    'x-api-key': API_KEY,
  });
  const text = JSON.stringify(reply.body);
  expect(reply.body.errors?.[0]?.extensions).toMatchObject({
    code: 'INTERNAL_SERVER_ERROR',
    portal: { method: 'im.dialog.get', code: expect.stringContaining('/rest/1/***') },
  });
  expect(text).not.toContain(CODE);
  const warned = logLines
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.level === 'warn');
  expect(warned).toEqual([
    expect.objectContaining({
      method: 'im.dialog.get',
      portalCode: expect.stringContaining('ERR /rest/1/***'),
    }),
  ]);
  expect(logLines.join('\n')).not.toContain(CODE);
});
