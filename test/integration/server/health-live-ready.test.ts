/**
 * Liveness and readiness over HTTP: /health/live answers 200 whatever the portal and Redis do;
 * /health/ready is 503 when the portal or Redis does not answer, 200 when both do. /health keeps
 * its old meaning (the portal probe).
 */
import { createServer } from 'node:net';
import { startHarness, type Harness } from './facade-harness.js';

async function get(h: Harness, path: string) {
  const response = await fetch(`${h.facade.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** A loopback port nothing listens on (the OS just released it). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('health endpoints', () => {
  it('live and ready are 200 while the portal answers; after it goes away live stays 200, ready and /health are 503', async () => {
    const h = await startHarness();
    try {
      expect(await get(h, '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
      const ready = await get(h, '/health/ready');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ok', portal: { reachable: true } } });
      expect(ready.body.redis).toBeUndefined();
      await h.emulator.close();
      expect(await get(h, '/health/live')).toEqual({ status: 200, body: { status: 'ok' } });
    } finally {
      await h.facade.close();
    }
  });

  it('ready is 503 with redis.reachable=false when REDIS_URL does not answer; live stays 200', async () => {
    const h = await startHarness({ REDIS_URL: `redis://127.0.0.1:${await closedPort()}` });
    try {
      expect(await get(h, '/health/ready')).toMatchObject({
        status: 503,
        body: { status: 'not_ready', portal: { reachable: true }, redis: { reachable: false } },
      });
      expect((await get(h, '/health/live')).status).toBe(200);
      expect((await get(h, '/health')).status).toBe(200);
    } finally {
      await h.close();
    }
  });
});

describe('readiness after the portal goes away', () => {
  it('is 503, and so is /health', async () => {
    const h = await startHarness();
    await h.emulator.close();
    try {
      expect(await get(h, '/health/ready')).toMatchObject({
        status: 503,
        body: { portal: { reachable: false } },
      });
      expect((await get(h, '/health')).status).toBe(503);
      expect((await get(h, '/health/live')).status).toBe(200);
    } finally {
      await h.facade.close();
    }
  });
});
