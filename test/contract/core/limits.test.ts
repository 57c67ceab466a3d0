import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { testMethods } from '../../support/test-methods.js';

describe('emulator limits', () => {
  describe('leaky bucket (per source IP)', () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      emu = await startEmulator({ extraMethods: testMethods });
    });
    afterAll(() => emu.close());
    beforeEach(() => emu.reset());

    it('refuses the 53rd request of a burst on a fresh bucket with 503 QUERY_LIMIT_EXCEEDED', async () => {
      // 53 requests at once against the default 50/2: the counter may drain by at most one during
      // the burst, so 51 or 52 pass and the rest are refused (counted, not timed).
      const answers = await Promise.all(
        Array.from({ length: 53 }, () => callRest(emu, 'test.echo', {}, { webhook: true })),
      );
      const passed = answers.filter((r) => r.status === 200).length;
      const refused = answers.filter((r) => r.status === 503);
      expect(passed).toBeGreaterThanOrEqual(51);
      expect(passed).toBeLessThanOrEqual(52);
      expect(refused.length).toBe(53 - passed);
      expect(refused[0]?.body).toEqual({
        error: 'QUERY_LIMIT_EXCEEDED',
        error_description: 'Too many requests',
      });
    });

    it('counts a batch once however many commands it holds', async () => {
      const cmd = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c${i}`, 'test.echo']));
      for (let i = 0; i < 3; i++) {
        const r = await callRest(emu, 'batch', { cmd }, { webhook: true });
        expect(r.status).toBe(200);
      }
      expect(emu.calls().filter((c) => c.method === 'test.Echo')).toHaveLength(150);
      expect(emu.httpRequests()).toBe(3);
    });

    it('can be switched off and tuned at run time, and reset refills it', async () => {
      await request(emu, '/_emulator/limits', { method: 'POST', json: { burst: 2, drainPerSecond: 0 } });
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++)
        statuses.push((await callRest(emu, 'test.echo', {}, { webhook: true })).status);
      expect(statuses).toEqual([200, 200, 200, 503]);
      emu.reset();
      expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(200);
      await request(emu, '/_emulator/limits', { method: 'POST', json: { enabled: false } });
      for (let i = 0; i < 5; i++)
        expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(200);
      const bad = await request(emu, '/_emulator/limits', { method: 'POST', json: { burst: 'many' } });
      expect(bad.status).toBe(400);
      emu.setLimits({ enabled: true, burst: 50, drainPerSecond: 2 });
    });
    it('does not count the OAuth token endpoint (another server) or /_emulator/ controls', async () => {
      emu.setLimits({ burst: 0, drainPerSecond: 0 });
      expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(200);
      expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(503);
      const refresh = await request(
        emu,
        '/oauth/token/?grant_type=refresh_token&client_id=local.facade.dev&client_secret=dev-app-secret&refresh_token=dev-refresh-1',
      );
      expect(refresh.status).toBe(200);
      expect((await request(emu, '/_emulator/health')).status).toBe(200);
      emu.setLimits({ burst: 50, drainPerSecond: 2 });
    });
  });

  describe('operating budget (per method and credential)', () => {
    let emu: RunningEmulator;
    beforeAll(async () => {
      // 100 s simulated per call against a 250 s limit: calls 1-3 pass (the 3rd pushes the sum over), the 4th is refused
      emu = await startEmulator({
        extraMethods: testMethods,
        limits: { burst: 1000, operatingLimitSeconds: 250, operatingCostMs: 100_000 },
      });
    });
    afterAll(() => emu.close());

    it('refuses a method with 429 OPERATION_TIME_LIMIT once its sum is above the limit', async () => {
      const operating: number[] = [];
      for (let i = 0; i < 3; i++) {
        const r = await callRest(emu, 'test.echo', {}, { webhook: true });
        expect(r.status).toBe(200);
        operating.push(r.body.time.operating);
      }
      expect(operating[0]).toBeGreaterThanOrEqual(100);
      expect(operating[2]).toBeGreaterThan(250);
      const refused = await callRest(emu, 'test.echo', {}, { webhook: true });
      expect(refused.status).toBe(429);
      expect(refused.body.error).toBe('OPERATION_TIME_LIMIT');
    });

    it('keeps other methods and other credentials working', async () => {
      expect((await callRest(emu, 'test.list', {}, { webhook: true })).status).toBe(200);
      expect((await callRest(emu, 'test.echo', {}, { token: 'dev-token-1' })).status).toBe(200);
    });

    it('counts batch commands against their own methods, not the batch', async () => {
      const r = await callRest(emu, 'batch', { cmd: { a: 'test.echo', b: 'test.list' } }, { webhook: true });
      expect(r.status).toBe(200);
      expect(r.body.time.operating).toBe(0);
      expect(r.body.result.result_error.a.error).toBe('OPERATION_TIME_LIMIT');
      expect(r.body.result.result.b).toHaveLength(50);
    });

    it('reports operating_reset_at as the oldest bucket expiry (10 minutes after its first call)', async () => {
      const r = await callRest(emu, 'test.list', {}, { token: 'dev-token-2' });
      expect(r.body.time.operating_reset_at - Math.floor(r.body.time.start)).toBeGreaterThanOrEqual(599);
      expect(r.body.time.operating_reset_at - Math.floor(r.body.time.start)).toBeLessThanOrEqual(601);
    });
  });
});
