import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';

describe('emulator smoke', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('answers batch and unknown methods', async () => {
    const r = await callRest(emu, 'batch', { cmd: { a: 'nope.method' } });
    expect(r.status).toBe(200);
    expect(r.body.result.result_error.a.error).toBe('ERROR_METHOD_NOT_FOUND');
    const u = await callRest(emu, 'nope.method', {}, { webhook: true });
    expect(u.status).toBe(404);
    expect((await request(emu, '/_emulator/health')).body).toEqual({ ok: true });
  });
});
