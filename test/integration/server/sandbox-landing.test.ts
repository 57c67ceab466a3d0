/**
 * The Sandbox landing page: on the embedded emulator (public dev tokens) it opens with a dev token
 * in its headers, so a newcomer's first query is answered; against a real portal it carries none.
 */
import { startHarness, type Harness } from './facade-harness.js';

async function landingHtml(h: Harness): Promise<string> {
  const response = await fetch(h.facade.graphqlUrl, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('Sandbox landing page headers', () => {
  it('opens with a dev token in emulator mode', async () => {
    const h = await startHarness();
    try {
      const html = await landingHtml(h);
      expect(html).toMatch(/"headers":\{"Authorization":"Bearer dev-token-1"\}/);
    } finally {
      await h.close();
    }
  });

  it.each([
    ['webhook', { FACADE_API_KEYS: 'k'.repeat(32) }, 'webhook'],
    ['OAuth', { BITRIX24_PORTAL_URL: 'http://127.0.0.1:9' }, 'emulator'],
  ] as const)('carries no token in %s mode', async (_name, env, mode) => {
    const h = await startHarness(env, mode);
    try {
      const html = await landingHtml(h);
      expect(html).toMatch(/sandbox/i);
      expect(html).not.toMatch(/dev-token|Authorization/);
    } finally {
      await h.close();
    }
  });
});
