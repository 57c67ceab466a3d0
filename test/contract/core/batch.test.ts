import { jest } from '@jest/globals';
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { testMethods } from '../../support/test-methods.js';

describe('emulator batch', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ extraMethods: testMethods, limits: { enabled: false } });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  const batch = (params: Record<string, unknown>) => callRest(emu, 'batch', params, { webhook: true });

  it('runs object-keyed commands with PHP-decoded (string) parameters and the outer credential', async () => {
    const r = await batch({ cmd: { one: 'test.echo?a=1&f[x]=y', two: 'test.list?start=50' } });
    expect(r.status).toBe(200);
    const { result, result_error, result_total, result_next, result_time } = r.body.result;
    expect(result.one).toEqual({
      params: { a: '1', f: { x: 'y' } },
      userId: 1,
      credential: 'webhook',
      method: 'test.Echo',
      batched: true,
    });
    expect(result.two).toHaveLength(50);
    expect(result_error).toEqual([]);
    expect(result_total).toEqual({ two: 120 });
    expect(result_next).toEqual({ two: 100 });
    expect(Object.keys(result_time)).toEqual(['one', 'two']);
    expect(result_time.one).toHaveProperty('operating');
    expect(r.body.time).toHaveProperty('date_start');
  });

  it('accepts an array of commands and prints index-keyed results as lists', async () => {
    const r = await batch({ cmd: ['test.echo?a=1', 'test.fail'] });
    expect(r.body.result.result).toEqual([expect.objectContaining({ params: { a: '1' } })]);
    expect(r.body.result.result_error).toEqual({
      '1': { error: 'TEST_FAILURE', error_description: 'The test method failed on purpose' },
    });
  });

  it('substitutes $result references before a command runs', async () => {
    const r = await batch({
      cmd: {
        first: 'test.list',
        second: 'test.echo?id=$result[first][1][ID]&text=after%20$result[first][0][ID]',
      },
    });
    expect(r.body.result.result.second.params).toEqual({ id: '2', text: 'after 1' });
  });

  it('runs every command when halt is off, and stops at the first failure when it is on', async () => {
    const cmd = { a: 'test.fail', b: 'test.echo', c: 'no.such.method', d: 'test.echo' };
    const all = await batch({ cmd, halt: 0 });
    expect(Object.keys(all.body.result.result)).toEqual(['b', 'd']);
    expect(all.body.result.result_error.c.error).toBe('ERROR_METHOD_NOT_FOUND');
    const halted = await batch({ cmd, halt: 1 });
    expect(halted.body.result.result).toEqual([]);
    expect(Object.keys(halted.body.result.result_error)).toEqual(['a']);
    expect(halted.body.result.result_time).toEqual([]);
  });

  it('puts nested batch and file methods into result_error as ERROR_BATCH_METHOD_NOT_ALLOWED', async () => {
    const r = await batch({ cmd: { nested: 'batch?cmd[x]=test.echo', file: 'test.file', ok: 'test.echo' } });
    expect(r.status).toBe(200);
    const notAllowed = {
      error: 'ERROR_BATCH_METHOD_NOT_ALLOWED',
      error_description: 'Method is not allowed for batch usage',
    };
    expect(r.body.result.result_error).toEqual({ nested: notAllowed, file: notAllowed });
    expect(Object.keys(r.body.result.result)).toEqual(['ok']);
  });

  it('rejects more than 50 commands with a top-level 400 ERROR_BATCH_LENGTH_EXCEEDED', async () => {
    const cmd = Array.from({ length: 51 }, () => 'test.echo');
    const r = await batch({ cmd });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({
      error: 'ERROR_BATCH_LENGTH_EXCEEDED',
      error_description: 'Max batch length exceeded',
    });
    expect((await batch({ cmd: cmd.slice(0, 50) })).status).toBe(200);
  });

  it('applies the outer credential’s scopes and auth type to inner commands', async () => {
    const r = await batch({ cmd: { scope: 'test.needsImopenlines', app: 'test.appOnly' } });
    expect(r.body.result.result_error.scope.error).toBe('insufficient_scope');
    const asApp = await callRest(emu, 'batch', { cmd: { app: 'test.appOnly' } }, { token: 'dev-token-1' });
    expect(asApp.body.result.result).toEqual({ app: true });
  });

  it('turns a crashing inner command into an INTERNAL_SERVER_ERROR entry', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await batch({ cmd: { boom: 'test.crash', ok: 'test.echo' } });
    logged.mockRestore();
    expect(r.body.result.result_error.boom.error).toBe('INTERNAL_SERVER_ERROR');
    expect(r.body.result.result.ok).toBeDefined();
  });

  it('answers an empty batch with empty maps', async () => {
    const r = await batch({});
    expect(r.body.result).toEqual({
      result: [],
      result_error: [],
      result_total: [],
      result_next: [],
      result_time: [],
    });
  });

  it('decodes double-encoded commands from a GET query string', async () => {
    const command = encodeURIComponent('test.echo?fields[message]=a b&x=1');
    const r = await request(emu, `/rest/1/devwebhook1secret/batch?cmd[k]=${command}`);
    expect(r.body.result.result.k.params).toEqual({ fields: { message: 'a b' }, x: '1' });
  });

  it('logs the batch and each inner command', async () => {
    emu.clearCalls();
    await batch({ cmd: { a: 'test.echo', b: 'test.fail' } });
    expect(emu.calls().map((c) => [c.method, c.batched, c.status, c.errorCode])).toEqual([
      ['test.Echo', true, 200, undefined],
      ['test.fail', true, 400, 'TEST_FAILURE'],
      ['batch', false, 200, undefined],
    ]);
  });
});
