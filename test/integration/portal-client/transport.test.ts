/**
 * The raw client against the emulator over HTTP: both credential forms, a renamed-portal redirect,
 * `batch`, and every injected fault, each mapped to the right PortalError (and the process survives).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  PortalError,
  callBatch,
  createPortalClient,
  type PortalCredential,
} from '../../../src/backends/bitrix24/index.js';
import { sendPoll } from '../../../src/backends/bitrix24/polls/poll.portal.js';

let emu: RunningEmulator;
const client = createPortalClient({ timeoutMs: 10_000 });
const oauth = (user = 1): PortalCredential => ({
  kind: 'oauth',
  portalUrl: emu.url,
  accessToken: `dev-token-${user}`,
});
const webhook = (): PortalCredential => ({ kind: 'webhook', webhookUrl: emu.webhookUrl });
const webhookCode = (): string => /\/rest\/\d+\/([^/]+)\//.exec(emu.webhookUrl)![1]!;

async function fault(spec: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${emu.url}/_emulator/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(spec),
  });
  expect(res.status).toBeLessThan(300);
}

async function failure(promise: Promise<unknown>): Promise<PortalError> {
  try {
    await promise;
  } catch (e) {
    expect(e).toBeInstanceOf(PortalError);
    return e as PortalError;
  }
  throw new Error('expected the call to fail');
}

function expectNoSecrets(e: PortalError): void {
  for (const text of [e.message, e.description, JSON.stringify(e)]) {
    expect(text).not.toContain(webhookCode());
    expect(text).not.toContain('dev-token-');
  }
}

beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});
beforeEach(async () => {
  emu.reset();
  await fetch(`${emu.url}/_emulator/faults`, { method: 'DELETE' });
});

describe('credentials over HTTP', () => {
  it('webhook and OAuth reach the same portal and act as their users', async () => {
    const viaHook = await client.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, webhook());
    const viaToken = await client.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, oauth(2));
    expect(viaHook.result.id).toBe(1);
    expect(viaToken.result.id).toBe(1);
    expect(viaHook.time?.start).toEqual(expect.any(Number));
    // user 3 is not in chat2
    expect((await failure(client.call('im.dialog.get', { DIALOG_ID: 'chat2' }, oauth(3)))).code).toBe(
      'ACCESS_ERROR',
    );
  });

  it('a wrong webhook code or token → NO_AUTH_FOUND, with no secret in the error', async () => {
    const wrongHook: PortalCredential = {
      kind: 'webhook',
      webhookUrl: `${emu.url}/rest/1/${webhookCode()}x/`,
    };
    const e1 = await failure(client.call('im.dialog.get', { DIALOG_ID: 'chat1' }, wrongHook));
    expect(e1).toMatchObject({ code: 'NO_AUTH_FOUND', httpStatus: 401, outcomeUnknown: false });
    expectNoSecrets(e1);
    const e2 = await failure(
      client.call(
        'im.dialog.get',
        { DIALOG_ID: 'chat1' },
        { kind: 'oauth', portalUrl: emu.url, accessToken: 'dev-token-nope' },
      ),
    );
    expect(e2.code).toBe('NO_AUTH_FOUND');
    expectNoSecrets(e2);
  });

  it('refuses plain http to a non-loopback host before any request', async () => {
    const e = await failure(
      client.call(
        'im.dialog.get',
        {},
        { kind: 'webhook', webhookUrl: 'http://portal.example.com/rest/1/hooksecret99/' },
      ),
    );
    expect(e).toMatchObject({ code: 'BAD_CREDENTIAL', outcomeUnknown: false });
    expect(e.message).not.toContain('hooksecret99');
  });
});

describe('renamed portal: 302 re-sent as POST', () => {
  let redirector: http.Server;
  let redirectorUrl: string;
  let hits = 0;

  beforeAll(async () => {
    redirector = http.createServer((req, res) => {
      hits++;
      req.resume();
      res.writeHead(hits % 2 ? 302 : 307, { location: `${emu.url}${req.url}` });
      res.end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    redirectorUrl = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => redirector.close(() => resolve()));
  });

  it('follows Location with the same POST body, per call: a same-site move is never remembered', async () => {
    const local = createPortalClient({ timeoutMs: 10_000 });
    const cred: PortalCredential = { kind: 'oauth', portalUrl: redirectorUrl, accessToken: 'dev-token-1' };
    // The token travels in the JSON body: a POST turned into a GET would lose it (NO_AUTH_FOUND).
    const first = await local.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, cred);
    expect(first.result.id).toBe(1);
    expect(hits).toBe(1);
    expect(local.movedOrigins.size).toBe(0);
    const second = await local.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat2' }, cred);
    expect(second.result.id).toBe(2);
    expect(hits).toBe(2); // asked the configured portal again

    const hookCred: PortalCredential = {
      kind: 'webhook',
      webhookUrl: emu.webhookUrl.replace(emu.url, redirectorUrl),
    };
    expect(
      (await local.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, hookCred)).result.id,
    ).toBe(1);
    expect(hits).toBe(3);
  });
});

describe('batch over HTTP', () => {
  it('per-command results and errors', async () => {
    const out = await callBatch(
      client,
      {
        one: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat1' } },
        missing: { method: 'vote.AttachedVote.get', params: { attachId: 987654 } },
        two: { method: 'im.dialog.get', params: { DIALOG_ID: 'chat2' } },
      },
      webhook(),
    );
    expect(out.one).toMatchObject({ ok: true, result: { id: 1 } });
    expect(out.two).toMatchObject({ ok: true, result: { id: 2 } });
    expect(out.missing).toMatchObject({ ok: false, error: { code: 'ATTACH_NOT_FOUND' } });
  });
});

describe('faults', () => {
  const dialog = (c = createPortalClient({ timeoutMs: 5_000 })) =>
    c.call<{ id: number }>('im.dialog.get', { DIALOG_ID: 'chat1' }, webhook());

  it('latency within the timeout → success', async () => {
    await fault({ kind: 'latency', latencyMs: 150, count: 1, methods: ['im.dialog.get'] });
    expect((await dialog()).result.id).toBe(1);
  });

  it('http5xx (JSON 500) → portal code, outcome unknown', async () => {
    await fault({ kind: 'http5xx', count: 1, methods: ['im.dialog.get'] });
    const e = await failure(dialog());
    expect(e.httpStatus).toBe(500);
    expect(e.outcomeUnknown).toBe(true);
    expect(e.transport).toBe(false);
  });

  it('http5xx (HTML 502) → BAD_RESPONSE, outcome unknown', async () => {
    await fault({ kind: 'http5xx', status: 502, count: 1, methods: ['im.dialog.get'] });
    const e = await failure(dialog());
    expect(e).toMatchObject({ code: 'BAD_RESPONSE', httpStatus: 502, transport: true, outcomeUnknown: true });
    expect(e.description).not.toMatch(/[<>]/);
  });

  it('html with 200 → BAD_RESPONSE with a tag-free excerpt', async () => {
    await fault({ kind: 'html', count: 1, methods: ['im.dialog.get'] });
    const e = await failure(dialog());
    expect(e).toMatchObject({ code: 'BAD_RESPONSE', httpStatus: 200, outcomeUnknown: true });
    expect(e.description.length).toBeGreaterThan(0);
    expect(e.description).not.toMatch(/[<>]/);
    expectNoSecrets(e);
  });

  it('reset after the request was sent → CONNECTION_RESET, outcome unknown', async () => {
    await fault({ kind: 'reset', count: 1, methods: ['im.dialog.get'] });
    const e = await failure(dialog());
    expect(e).toMatchObject({
      code: 'CONNECTION_RESET',
      httpStatus: null,
      transport: true,
      outcomeUnknown: true,
    });
    expectNoSecrets(e);
  });

  it('hang past a short client timeout → TIMEOUT, outcome unknown', async () => {
    await fault({ kind: 'hang', count: 1, methods: ['im.dialog.get'] });
    const e = await failure(dialog(createPortalClient({ timeoutMs: 300 })));
    expect(e).toMatchObject({ code: 'TIMEOUT', transport: true, outcomeUnknown: true });
    expectNoSecrets(e);
  });

  it('refused port → CONNECTION_REFUSED, certainly not executed', async () => {
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const cred: PortalCredential = {
      kind: 'webhook',
      webhookUrl: `http://127.0.0.1:${port}/rest/1/refusedsecret1/`,
    };
    const e = await failure(client.call('im.dialog.get', { DIALOG_ID: 'chat1' }, cred));
    expect(e).toMatchObject({ code: 'CONNECTION_REFUSED', transport: true, outcomeUnknown: false });
    expect(JSON.stringify(e) + e.message).not.toContain('refusedsecret1');
  });

  it('commitThenDrop → outcome unknown, and the templateId retry finds the poll that was created', async () => {
    const pollsBefore = emu.state.polls.size;
    await fault({ kind: 'commitThenDrop', count: 1, methods: ['vote.Integration.Im.send'] });
    const input = { chatId: 1, question: 'Q?', answers: ['a', 'b'], templateId: 'drop-1' };
    const e = await failure(sendPoll(client, oauth(1), input));
    expect(e.transport).toBe(true);
    expect(e.outcomeUnknown).toBe(true);
    expect(['CONNECTION_RESET', 'BAD_RESPONSE']).toContain(e.code);
    const retried = await sendPoll(client, oauth(1), input);
    const again = await sendPoll(client, oauth(1), input);
    expect(again).toEqual(retried);
    // The dropped call did create the poll; the retries with the same templateId created nothing new.
    expect(emu.state.polls.size).toBe(pollsBefore + 1);
  });

  it('the process and the client survive all of the above', async () => {
    expect((await dialog()).result.id).toBe(1);
  });
});
