/**
 * CSRF prevention: a GET query that carries a credential header (urql's default transport with an
 * Authorization header) is let through, because a browser preflights such a request; a GET without
 * any preflight-proof header (a cookie-style cross-site request) is still refused before any work.
 */
import { asUser, portalRequests, startHarness, type Harness } from './facade-harness.js';

const query = encodeURIComponent('query { viewer { authenticated } }');

describe('CSRF prevention and credential headers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => h.close());

  const get = (headers: Record<string, string>): Promise<Response> =>
    fetch(`${h.facade.graphqlUrl}?query=${query}`, { headers: { accept: 'application/json', ...headers } });

  it('answers a GET query that carries only an Authorization header', async () => {
    const res = await get(asUser(2));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data?: { viewer: { authenticated: boolean } } };
    expect(body.data?.viewer).toEqual({ authenticated: true });
  });

  it('still refuses a GET query without any preflight-proof header, with no portal call', async () => {
    const before = await portalRequests(h.emulator);
    const res = await get({ cookie: 'session=abc' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/Cross-Site Request Forgery/);
    expect(await portalRequests(h.emulator)).toBe(before);
  });
});
