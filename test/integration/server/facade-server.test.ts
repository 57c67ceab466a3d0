import { request as httpRequest } from 'node:http';
import { postGraphQL, portalRequests, startHarness, type Harness } from './facade-harness.js';

const DEV_TOKEN = { authorization: 'Bearer dev-token-1' };
const API_KEY = 'integration-test-key-0001';

describe('facade in emulator mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.close();
  });

  it('GET /health reports the portal reachable', async () => {
    const response = await fetch(`${h.facade.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      status: string;
      portal: { reachable: boolean; latencyMs: number };
    };
    expect(body.status).toBe('ok');
    expect(body.portal.reachable).toBe(true);
    expect(typeof body.portal.latencyMs).toBe('number');
  });

  it('refuses a request without a token with UNAUTHENTICATED and no portal call', async () => {
    const before = await portalRequests(h.emulator);
    const reply = await postGraphQL(h.facade, '{ viewer { mode } portal { reachable } }');
    expect(reply.status).toBe(401);
    expect(reply.body.data).toBeUndefined();
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('counts portal requests (so the zero-call assertions can fail)', async () => {
    const before = await portalRequests(h.emulator);
    await fetch(`${h.emulator.url}/rest/im.recent.list`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ auth: 'dev-token-1' }),
    });
    expect(await portalRequests(h.emulator)).toBe(before + 1);
  });

  it('answers viewer with a dev token, and echoes a request id', async () => {
    const response = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'req-123', ...DEV_TOKEN },
      body: JSON.stringify({ query: '{ viewer { mode authenticated userId } portal { reachable } }' }),
    });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(await response.json()).toEqual({
      data: { viewer: { mode: 'EMULATOR', authenticated: true, userId: null }, portal: { reachable: true } },
    });
  });

  it('refuses a malformed Authorization header', async () => {
    const reply = await postGraphQL(h.facade, '{ viewer { mode } }', { authorization: 'Token abc' });
    expect(reply.status).toBe(401);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('allows introspection without a token (outside production)', async () => {
    const reply = await postGraphQL(h.facade, '{ __schema { queryType { name } } }');
    expect(reply.status).toBe(200);
    expect(reply.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('CSRF: refuses a GET and a text/plain POST without a preflight header or credential header', async () => {
    const query = encodeURIComponent('{ viewer { mode } }');
    const get = await fetch(`${h.facade.graphqlUrl}?query=${query}`);
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const simplePost = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ viewer { mode } }' }),
    });
    expect(simplePost.status).toBe(400);
    expect(await simplePost.text()).toMatch(/CSRF/i);
    const preflighted = await fetch(`${h.facade.graphqlUrl}?query=${query}`, {
      headers: { 'apollo-require-preflight': 'true', ...DEV_TOKEN },
    });
    expect(preflighted.status).toBe(200);
    expect(await preflighted.json()).toEqual({ data: { viewer: { mode: 'EMULATOR' } } });
  });

  it('serves the Sandbox landing page to a browser', async () => {
    const response = await fetch(h.facade.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toMatch(/sandbox/i);
  });

  it('answers 400 to a body that is not JSON and 404 to unknown paths', async () => {
    const bad = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...DEV_TOKEN },
      body: '{"query": ',
    });
    expect(bad.status).toBe(400);
    expect((await fetch(`${h.facade.url}/nope`)).status).toBe(404);
    const root = await fetch(`${h.facade.url}/`, { redirect: 'manual' });
    expect([root.status, root.headers.get('location')]).toEqual([302, '/graphql']);
  });

  it('marks every GraphQL answer uncacheable (cache-control: no-store), success or error', async () => {
    const post = (query: string) =>
      fetch(h.facade.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...DEV_TOKEN },
        body: JSON.stringify({ query }),
      });
    const ok = await post('{ __typename }');
    const failed = await post('{ viewer { nope } }');
    expect([ok.status, ok.headers.get('cache-control')]).toEqual([200, 'no-store']);
    expect([failed.status, failed.headers.get('cache-control')]).toEqual([400, 'no-store']);
  });

  it('masks nothing it should keep: a GraphQL validation error keeps its code', async () => {
    const reply = await postGraphQL(h.facade, '{ viewer { nope } }', DEV_TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('request limits', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ GRAPHQL_MAX_DEPTH: '1', GRAPHQL_MAX_COST: '3', GRAPHQL_MAX_BODY_BYTES: '2048' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses a too-deep query with BAD_USER_INPUT / QUERY_TOO_DEEP', async () => {
    const reply = await postGraphQL(h.facade, '{ viewer { mode } }', DEV_TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_DEEP',
      details: { depth: 2, maxDepth: 1 },
    });
  });

  it('counts depth through fragments on the root type', async () => {
    const reply = await postGraphQL(
      h.facade,
      '{ a: __typename ...Q } fragment Q on Query { viewer { mode } }',
      DEV_TOKEN,
    );
    expect(reply.body.errors?.[0]?.extensions?.reason).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a body over GRAPHQL_MAX_BODY_BYTES with 413 (declared length)', async () => {
    const response = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...DEV_TOKEN },
      body: JSON.stringify({ query: `{ viewer { mode } } # ${'x'.repeat(8000)}` }),
    });
    expect(response.status).toBe(413);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { reason: string } }> }).errors[0]?.extensions
        .reason,
    ).toBe('BODY_TOO_LARGE');
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(h.facade.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...DEV_TOKEN },
      });
      req.on('response', (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 8; i += 1) req.write('x'.repeat(1000));
      req.end();
    });
    expect(status).toBe(413);
  });
});

describe('cost limit', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ GRAPHQL_MAX_COST: '3' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('accepts a cheap query and refuses a costly one with QUERY_TOO_COSTLY', async () => {
    expect((await postGraphQL(h.facade, '{ viewer { mode } }', DEV_TOKEN)).body.data).toEqual({
      viewer: { mode: 'EMULATOR' },
    });
    const reply = await postGraphQL(h.facade, '{ viewer { mode authenticated userId } }', DEV_TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_COSTLY',
      details: { cost: 4, maxCost: 3 },
    });
  });
});

describe('production settings', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      FACADE_ALLOW_EMULATOR: 'true',
      METRICS_PUBLIC: 'true',
    });
  });
  afterAll(async () => {
    await h.close();
  });

  it('turns introspection off', async () => {
    const reply = await postGraphQL(h.facade, '{ __schema { queryType { name } } }', DEV_TOKEN);
    expect(reply.status).toBe(400);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('does not suggest field names in validation errors (they would reveal the schema)', async () => {
    const reply = await postGraphQL(h.facade, '{ pol { messageId } }', DEV_TOKEN);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(reply.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('serves no landing page', async () => {
    const response = await fetch(h.facade.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
  });
});

describe('facade in webhook mode', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ FACADE_API_KEYS: API_KEY }, 'webhook');
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses a request without an API key, with no portal call', async () => {
    const before = await portalRequests(h.emulator);
    const reply = await postGraphQL(h.facade, '{ viewer { mode } }');
    expect(reply.status).toBe(401);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('refuses a wrong API key', async () => {
    const reply = await postGraphQL(h.facade, '{ viewer { mode } }', { 'x-api-key': 'wrong-key-wrong-key' });
    expect(reply.status).toBe(401);
    expect(reply.body.errors?.[0]?.message).not.toContain('wrong-key');
  });

  it('accepts the API key as X-Api-Key or Bearer and acts as the webhook owner', async () => {
    const variants: Array<Record<string, string>> = [
      { 'x-api-key': API_KEY },
      { authorization: `Bearer ${API_KEY}` },
    ];
    for (const headers of variants) {
      const reply = await postGraphQL(h.facade, '{ viewer { mode authenticated userId } }', headers);
      expect(reply.body).toEqual({ data: { viewer: { mode: 'WEBHOOK', authenticated: true, userId: 1 } } });
    }
  });
});

describe('facade in webhook mode with anonymous access', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ FACADE_ALLOW_ANONYMOUS: 'true' }, 'webhook');
  });
  afterAll(async () => {
    await h.close();
  });

  it('lets a request without a key through as anonymous', async () => {
    const reply = await postGraphQL(h.facade, '{ viewer { mode authenticated } }');
    expect(reply.body).toEqual({ data: { viewer: { mode: 'WEBHOOK', authenticated: false } } });
  });
});

describe('health when the portal is down', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
    await h.emulator.close();
  });
  afterAll(async () => {
    await h.facade.close();
  });

  it('GET /health answers 503 with reachable false, and Query.portal says so', async () => {
    const response = await fetch(`${h.facade.url}/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'degraded', portal: { reachable: false } });
    const reply = await postGraphQL(h.facade, '{ portal { reachable latencyMs } }', DEV_TOKEN);
    expect(reply.body.data).toEqual({ portal: { reachable: false, latencyMs: null } });
  });
});

describe('graceful close', () => {
  it('stops accepting connections after close()', async () => {
    const h = await startHarness();
    const url = `${h.facade.url}/health`;
    expect((await fetch(url)).status).toBe(200);
    await h.close();
    await expect(fetch(url)).rejects.toThrow();
  });
});
