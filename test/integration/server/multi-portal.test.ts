/**
 * Multi-portal OAuth mode over HTTP: two emulators on 127.0.0.1 (two portals), one facade with
 * BITRIX24_PORTAL_HOSTS listing both. Each request names its portal in X-Bitrix24-Domain; the same
 * dev token on both portals is two users, and what is refused is refused before any portal call.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  createPortalTraffic,
  type PortalTraffic,
} from '../../../src/backends/bitrix24/traffic/from-config.js';
import { startFacadeServer, type RunningFacade } from '../../../src/app/facade-server.js';
import type { PortalTarget } from '../../../src/graphql/identity.js';
import { createLogger } from '../../../src/observability/logger.js';
import { asUser, postGraphQL } from './facade-harness.js';

interface MultiFacade {
  facade: RunningFacade;
  traffic: PortalTraffic;
}

let a: RunningEmulator;
let b: RunningEmulator;
let closedPort: number;
const started: MultiFacade[] = [];

const hostOf = (emu: RunningEmulator) => `127.0.0.1:${emu.port}`;

async function startMulti(hosts: string, env: Record<string, string> = {}): Promise<RunningFacade> {
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    BITRIX24_PORTAL_HOSTS: hosts,
    ...env,
  });
  if (config.portal.mode !== 'multi') throw new Error('expected multi-portal mode');
  const target: PortalTarget = { mode: 'multi', hosts: config.portal.hosts };
  const traffic = createPortalTraffic({
    traffic: config.traffic,
    timeoutMs: 5000,
    portalUrl: 'https://no-application-token.invalid',
  });
  const facade = await startFacadeServer({
    config,
    target,
    portal: traffic.portal,
    logger: createLogger(config.logLevel),
    drainTimeoutMs: 2000,
  });
  started.push({ facade, traffic });
  return facade;
}

beforeAll(async () => {
  a = await startEmulator({ port: 0 });
  b = await startEmulator({ port: 0 });
  // A port nothing listens on: a listed portal that does not answer.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
});

afterAll(async () => {
  for (const { facade, traffic } of started) {
    await facade.close();
    await traffic.portal.close();
  }
  await a?.close();
  await b?.close();
});

beforeEach(() => {
  a.reset();
  b.reset();
});

const on = (emu: RunningEmulator, userId = 1) => ({ ...asUser(userId), 'x-bitrix24-domain': hostOf(emu) });

const SEND_POLL = `mutation($input: SendPollInput!) {
  sendPoll(input: $input) { __typename ... on SendPollSuccess { poll { messageId questions { text } } } }
}`;
const POLL = `query($m: Int!) { poll(ref: { messageId: $m }) { messageId questions { text } } }`;
const VIEWER = `{ viewer { mode user { userId } } }`;

describe('one facade, two portals', () => {
  let facade: RunningFacade;
  beforeAll(async () => {
    facade = await startMulti(`${hostOf(a)}, ${hostOf(b)}, 127.0.0.1:${closedPort}`);
  });

  it('the same dev token is a different user on each portal: a poll sent on A is absent on B', async () => {
    const sent = await postGraphQL(facade, SEND_POLL, on(a), {
      input: { chatId: 1, question: 'Portal A only?', answers: ['Yes', 'No'] },
    });
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data?.sendPoll.__typename).toBe('SendPollSuccess');
    const messageId = sent.body.data?.sendPoll.poll.messageId as number;
    expect(a.calls().some((call) => call.method === 'vote.Integration.Im.send' && call.userId === 1)).toBe(
      true,
    );
    expect(b.calls()).toEqual([]);

    const onA = await postGraphQL(facade, POLL, on(a), { m: messageId });
    expect(onA.body.errors).toBeUndefined();
    expect(onA.body.data?.poll).toEqual({ messageId, questions: [{ text: 'Portal A only?' }] });

    const onB = await postGraphQL(facade, POLL, on(b), { m: messageId });
    expect(onB.body.errors).toBeUndefined();
    expect(onB.body.data?.poll).toBeNull();
    // B was asked (as its own user 1), A was not asked again.
    expect(b.calls().length).toBeGreaterThan(0);
    expect(b.calls().every((call) => call.userId === 1)).toBe(true);
  });

  it('is an OAuth identity for the schema (viewer.mode), reading the user from the named portal', async () => {
    const reply = await postGraphQL(facade, VIEWER, on(b, 2));
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.viewer).toEqual({ mode: 'OAUTH', user: { userId: 2 } });
    expect(b.calls().map((call) => call.method)).toEqual(['user.current']);
    expect(a.calls()).toEqual([]);
  });

  it('without X-Bitrix24-Domain: UNAUTHENTICATED / PORTAL_DOMAIN_REQUIRED, no portal call', async () => {
    const reply = await postGraphQL(facade, VIEWER, asUser(1));
    expect(reply.status).toBe(401);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'PORTAL_DOMAIN_REQUIRED',
    });
    expect(reply.body.errors?.[0]?.message).toContain('X-Bitrix24-Domain');
    // Introspection alone still works without a portal (Sandbox, codegen).
    const schema = await postGraphQL(facade, '{ __schema { queryType { name } } }');
    expect(schema.body.data?.__schema).toEqual({ queryType: { name: 'Query' } });
    expect(a.httpRequests() + b.httpRequests()).toBe(0);
  });

  it.each([
    ['an unlisted port', () => `127.0.0.1:${a.port === 1 ? 2 : 1}`],
    ['an unlisted host', () => 'acme.bitrix24.com'],
    ['a URL instead of a host', () => `http://${hostOf(a)}`],
    ['user info', () => `user@${hostOf(a)}`],
  ])('%s: FORBIDDEN / PORTAL_NOT_ALLOWED, no portal call at either portal', async (_what, domain) => {
    const reply = await postGraphQL(facade, VIEWER, { ...asUser(1), 'x-bitrix24-domain': domain() });
    expect(reply.status).toBe(403);
    expect(reply.body.data ?? null).toBeNull();
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PORTAL_NOT_ALLOWED',
    });
    expect(a.httpRequests() + b.httpRequests()).toBe(0);
    expect(a.calls().length + b.calls().length).toBe(0);
  });

  it('/health says the facade is up without probing any portal; Query.portal probes the request portal', async () => {
    const health = await fetch(`${facade.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', portal: { mode: 'multi', hosts: 3 } });

    const portal = `{ portal { reachable } }`;
    const up = await postGraphQL(facade, portal, on(a));
    expect(up.body.data?.portal).toEqual({ reachable: true });
    const down = await postGraphQL(facade, portal, {
      ...asUser(1),
      'x-bitrix24-domain': `127.0.0.1:${closedPort}`,
    });
    expect(down.body.data?.portal).toEqual({ reachable: false });
    // A probe is a GET of the origin, never a REST call with the user's token.
    expect(a.httpRequests() + b.httpRequests()).toBe(0);
  });

  it('CORS preflights allow the X-Bitrix24-Domain header', async () => {
    const response = await fetch(facade.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://app.example.com',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, x-bitrix24-domain',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-headers')?.split(', ')).toContain('x-bitrix24-domain');
  });
});

describe('pacing is per portal', () => {
  // A tiny bucket that drains slowly and never queues: a call over it is refused at once.
  const PACING = {
    PORTAL_RATE_BURST: '3',
    PORTAL_RATE_SAFETY_MARGIN: '0',
    PORTAL_RATE_DRAIN_PER_SECOND: '1',
    PORTAL_MAX_WAIT_MS: '0',
    PORTAL_BATCHING: 'false',
  };
  let facade: RunningFacade;
  beforeAll(async () => {
    facade = await startMulti(`${hostOf(a)},${hostOf(b)}`, PACING);
  });

  it("filling portal A's bucket leaves portal B's untouched", async () => {
    const ask = (emu: RunningEmulator) => postGraphQL(facade, VIEWER, on(emu));
    const replies = await Promise.all([
      ...Array.from({ length: 6 }, () => ask(a)),
      ...Array.from({ length: 3 }, () => ask(b)),
    ]);
    const served = (list: typeof replies) =>
      list.filter((reply) => reply.body.data?.viewer?.user?.userId === 1);
    const limited = (list: typeof replies) =>
      list.filter((reply) => reply.body.errors?.some((error) => error.extensions?.code === 'RATE_LIMITED'));
    const onA = replies.slice(0, 6);
    const onB = replies.slice(6);

    // A: its bucket holds 3, so some of the 6 are refused by the facade and never sent.
    expect(limited(onA).length).toBeGreaterThan(0);
    expect(served(onA).length + limited(onA).length).toBe(6);
    expect(a.calls().filter((call) => call.method === 'user.current')).toHaveLength(served(onA).length);
    // B: all 3 served although A was over its bucket at the same moment. One shared bucket of 3
    // could not have served these 3 and A's calls too.
    expect(served(onB)).toHaveLength(3);
    expect(b.calls().filter((call) => call.method === 'user.current')).toHaveLength(3);
    expect(served(onA).length).toBeGreaterThan(0);
  });
});
