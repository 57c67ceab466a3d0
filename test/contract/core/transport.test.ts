import { jest } from '@jest/globals';
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { testMethods } from '../../support/test-methods.js';

describe('emulator transport: URL forms, suffixes and bodies', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ extraMethods: testMethods, limits: { enabled: false } });
  });
  afterAll(() => emu.close());

  it.each(['test.Echo', 'test.echo.json', 'TEST.ECHO/', 'test.Echo.JSON/'])(
    'accepts %s on the webhook URL and reports the canonical name',
    async (name) => {
      const r = await callRest(emu, name, { a: 1 }, { webhook: true });
      expect(r.status).toBe(200);
      expect(r.body.result).toMatchObject({
        method: 'test.Echo',
        userId: 1,
        credential: 'webhook',
        params: { a: 1 },
      });
    },
  );

  it('serves the OAuth form with auth in the JSON body, and strips auth from the parameters', async () => {
    const r = await callRest(emu, 'test.echo', { a: [1, 2] }, { token: 'dev-token-2' });
    expect(r.status).toBe(200);
    expect(r.body.result).toEqual({
      params: { a: [1, 2] },
      userId: 2,
      credential: 'oauth',
      method: 'test.Echo',
      batched: false,
    });
  });

  it('reads GET query strings with PHP semantics (auth in the query)', async () => {
    const r = await request(
      emu,
      '/rest/test.echo?auth=dev-token-3&fields[message]=hi%20there&ids[]=4&ids[]=5',
    );
    expect(r.status).toBe(200);
    expect(r.body.result.userId).toBe(3);
    expect(r.body.result.params).toEqual({ fields: { message: 'hi there' }, ids: { '0': '4', '1': '5' } });
  });

  it('reads form bodies, merged over the query string', async () => {
    const r = await request(emu, '/rest/test.echo.json?a=query&b=query', {
      method: 'POST',
      body: 'auth=dev-token-1&a=form&x[0][y]=z',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(r.status).toBe(200);
    expect(r.body.result.params).toEqual({ a: 'form', b: 'query', x: { '0': { y: 'z' } } });
  });

  it('answers a malformed JSON body with 400 INVALID_REQUEST in the error envelope', async () => {
    const r = await request(emu, '/rest/1/devwebhook1secret/test.echo', {
      method: 'POST',
      body: '{"a":',
      contentType: 'application/json',
    });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'INVALID_REQUEST', error_description: expect.any(String) });
  });

  it('reads multipart/form-data bodies with PHP-style keys (general-principles: all methods accept it)', async () => {
    const form = new FormData();
    form.append('auth', 'dev-token-4');
    form.append('fields[PHONE][0][VALUE]', '112233');
    form.append('fields[TITLE]', 'My company');
    const res = await fetch(`${emu.url}/rest/test.echo`, { method: 'POST', body: form });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { userId: number; params: unknown } };
    expect(body.result.userId).toBe(4);
    expect(body.result.params).toEqual({
      fields: { PHONE: { '0': { VALUE: '112233' } }, TITLE: 'My company' },
    });
  });

  it('answers the .xml suffix with the same envelope as XML (general-principles: "Request Result")', async () => {
    const r = await callRest(emu, 'test.echo.xml', { a: 'x&y' }, { webhook: true });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/xml/);
    expect(r.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<response><result>/);
    expect(r.text).toContain('<params><a>x&amp;y</a></params>');
    expect(r.text).toMatch(/<time><start>[\d.]+<\/start>/);
    const failed = await callRest(emu, 'no.such.method.xml', {}, { webhook: true });
    expect(failed.status).toBe(404);
    expect(failed.text).toContain('<response><error>ERROR_METHOD_NOT_FOUND</error>');
  });

  it('answers an unknown method with 404 ERROR_METHOD_NOT_FOUND', async () => {
    const r = await callRest(emu, 'no.such.method', {}, { webhook: true });
    expect(r.status).toBe(404);
    expect(r.body).toEqual({ error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found' });
  });

  it('merges repeated slashes in the path: <client_endpoint>/<method> and a webhook URL with a trailing slash', async () => {
    const oauth = await request(emu, '/rest//test.echo?auth=dev-token-2&a=1');
    expect(oauth.status).toBe(200);
    expect(oauth.body.result).toMatchObject({ method: 'test.Echo', userId: 2, params: { a: '1' } });
    const hook = await request(emu, '//rest//1/devwebhook1secret//test.echo.json?a=2');
    expect(hook.status).toBe(200);
    expect(hook.body.result).toMatchObject({ method: 'test.Echo', userId: 1, credential: 'webhook' });
    // The query string is left as it is.
    const query = await request(emu, '/rest//test.echo?auth=dev-token-2&u=a//b');
    expect(query.body.result.params).toEqual({ u: 'a//b' });
  });

  it('answers paths outside /rest/ with 404', async () => {
    expect((await request(emu, '/api/test.echo')).status).toBe(404);
    expect((await request(emu, '/rest/')).status).toBe(404);
  });

  it('wraps results in the success envelope with the full time block', async () => {
    const r = await callRest(emu, 'test.list', { start: 50 }, { webhook: true });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/application\/json/);
    expect(Object.keys(r.body)).toEqual(['result', 'total', 'next', 'time']);
    expect(r.body.total).toBe(120);
    expect(r.body.next).toBe(100);
    const time = r.body.time;
    expect(Object.keys(time).sort()).toEqual(
      [
        'date_finish',
        'date_start',
        'duration',
        'finish',
        'operating',
        'operating_reset_at',
        'processing',
        'start',
      ].sort(),
    );
    expect(time.finish).toBeGreaterThanOrEqual(time.start);
    expect(time.date_start).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(Number.isInteger(time.operating_reset_at)).toBe(true);
    const last = await callRest(emu, 'test.list', { start: 100 }, { webhook: true });
    expect(last.body).not.toHaveProperty('next');
  });

  it('turns a handler bug into 500 INTERNAL_SERVER_ERROR and stays up', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await callRest(emu, 'test.crash', {}, { webhook: true });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
    expect(r.status).toBe(500);
    expect(r.body).toEqual({ error: 'INTERNAL_SERVER_ERROR', error_description: 'Internal server error' });
    expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(200);
  });

  it('passes a handler EmulatorError through with its status', async () => {
    const r = await callRest(emu, 'test.fail', {}, { webhook: true });
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ error: 'TEST_FAILURE', error_description: 'The test method failed on purpose' });
  });

  it('sends binary outcomes as attachments', async () => {
    const r = await callRest(emu, 'test.file', {}, { webhook: true });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/csv');
    expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="report 1.csv"/);
    expect(r.text).toBe('a;b\n1;2\n');
  });

  it('refuses to bind a non-loopback host unless told to', async () => {
    await expect(startEmulator({ host: '0.0.0.0' })).rejects.toThrow(/loopback/);
  });
});
