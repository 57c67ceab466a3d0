/** CORS: browsers (Apollo Client, urql, the embedded Sandbox) may call; production answers only the configured origins. */
import { startHarness, type Harness } from './facade-harness.js';

async function preflight(h: Harness, origin: string) {
  return fetch(h.facade.graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

describe('CORS outside production', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  it('answers a preflight from any origin, without credentials', async () => {
    const res = await preflight(h, 'https://studio.apollographql.com');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(res.headers.get('access-control-allow-headers')).toContain('x-bot-token');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('CORS with CORS_ORIGINS', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ CORS_ORIGINS: 'https://app.example.com' });
  });
  afterAll(async () => h.close());

  it('allows the listed origin and echoes it', async () => {
    const res = await preflight(h, 'https://app.example.com');
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const post = await fetch(h.facade.graphqlUrl, {
      method: 'POST',
      headers: { origin: 'https://app.example.com', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
  });

  it('gives no CORS grant to another origin', async () => {
    const res = await preflight(h, 'https://evil.example.net');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
