import { jest } from '@jest/globals';
import { request as httpRequest } from 'node:http';
import { addFault, callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';
import { testMethods } from '../../support/test-methods.js';
import { waitUntil } from '../../support/wait-until.js';

type RawAnswer =
  { kind: 'answer'; status: number; contentType: string; body: string } | { kind: 'error'; code: string };

/** A raw HTTP client, so socket-level faults are observed exactly as a client library would see them. */
function rawCall(
  emu: RunningEmulator,
  method: string,
  params: object,
  timeoutMs = 5_000,
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const body = JSON.stringify(params);
    const req = httpRequest(
      `${emu.webhookUrl}${method}`,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, timeout: timeoutMs },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            kind: 'answer',
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type']),
            body: text,
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'CLIENT_TIMEOUT' })));
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve({ kind: 'error', code: err.code ?? err.message }),
    );
    req.end(body);
  });
}

describe('emulator fault injection', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ extraMethods: testMethods, limits: { enabled: false } });
  });
  afterAll(() => emu.close());
  beforeEach(() => emu.reset());

  it('http5xx: 500 with the portal JSON envelope, 502/503/504 as HTML pages', async () => {
    await addFault(emu, { kind: 'http5xx', count: 1 });
    const json = await rawCall(emu, 'test.echo', {});
    expect(json).toMatchObject({ kind: 'answer', status: 500 });
    expect(JSON.parse((json as { body: string }).body)).toEqual({
      error: 'INTERNAL_SERVER_ERROR',
      error_description: 'Internal server error',
    });
    for (const status of [502, 503, 504]) {
      await addFault(emu, { kind: 'http5xx', count: 1, status });
      const html = await rawCall(emu, 'test.echo', {});
      expect(html).toMatchObject({
        kind: 'answer',
        status,
        contentType: expect.stringContaining('text/html'),
      });
    }
    expect((await rawCall(emu, 'test.echo', {})).kind === 'answer').toBe(true);
  });

  it('html: a 200 or 502 answer with an HTML body', async () => {
    await addFault(emu, { kind: 'html', count: 1 });
    await addFault(emu, { kind: 'html', count: 1, status: 502 });
    const first = await rawCall(emu, 'test.echo', {});
    expect(first).toMatchObject({ status: 200, contentType: expect.stringContaining('text/html') });
    expect((first as { body: string }).body).toMatch(/^<html>/);
    expect(await rawCall(emu, 'test.echo', {})).toMatchObject({ status: 502 });
    expect(await rawCall(emu, 'test.echo', {})).toMatchObject({
      status: 200,
      contentType: expect.stringContaining('json'),
    });
  });

  it('reset: destroys the socket without running the handler', async () => {
    await addFault(emu, { kind: 'reset', count: 1, methods: ['test.write'] });
    const r = await rawCall(emu, 'test.write', { text: 'lost' });
    expect(r).toEqual({ kind: 'error', code: 'ECONNRESET' });
    expect([...emu.state.messages.values()]).toHaveLength(0);
    expect(emu.calls()).toHaveLength(0);
  });

  it('commitThenDrop: runs the handler, keeps the write, and never answers', async () => {
    await addFault(emu, { kind: 'commitThenDrop', count: 1 });
    const r = await rawCall(emu, 'test.write', { text: 'kept' });
    expect(r).toEqual({ kind: 'error', code: 'ECONNRESET' });
    const history = await request(emu, '/_emulator/state/messages?chatId=1');
    expect(history.body.messages.map((m: { text: string }) => m.text)).toEqual(['kept']);
    expect(emu.calls().map((c) => [c.method, c.status])).toEqual([['test.write', 200]]);
  });

  it('hang: never answers (the client times out), and close() still finishes', async () => {
    const hanging = await startEmulator({ extraMethods: testMethods });
    try {
      await addFault(hanging, { kind: 'hang', count: 1 });
      const r = await rawCall(hanging, 'test.echo', {}, 300);
      expect(r).toEqual({ kind: 'error', code: 'CLIENT_TIMEOUT' });
      await addFault(hanging, { kind: 'hang', count: 1 });
      const pending = rawCall(hanging, 'test.echo', {});
      // close() must meet the request while it hangs, not before it arrived.
      await waitUntil(() => hanging.httpRequests() === 2, 'the second request to reach the emulator');
      await hanging.close();
      expect((await pending).kind).toBe('error');
    } finally {
      await hanging.close(); // idempotent; closes the server when an assertion above failed
    }
  });

  it('latency: holds the call for latencyMs before running it, then answers normally', async () => {
    await addFault(emu, { kind: 'latency', count: 1, latencyMs: 200 });
    // Only setTimeout is faked (the emulator's delay); sockets and setImmediate stay real, and the
    // raw node:http client does not use the global timers.
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask', 'performance', 'Date'] });
    try {
      const pending = rawCall(emu, 'test.echo', {});
      await waitUntil(() => emu.httpRequests() === 1, 'the request to reach the emulator');
      jest.advanceTimersByTime(199);
      await new Promise((resolve) => setImmediate(resolve));
      expect(emu.calls()).toEqual([]); // received, but the method has not run yet
      jest.advanceTimersByTime(1);
      const r = await pending;
      expect(r).toMatchObject({ kind: 'answer', status: 200 });
      expect(emu.calls().map((c) => c.method)).toEqual(['test.Echo']);
    } finally {
      jest.useRealTimers();
    }
  });

  it('matches faults by method and keeps rate 0 faults inert; DELETE clears them', async () => {
    await addFault(emu, { kind: 'http5xx', rate: 1, methods: ['test.LIST'] });
    await addFault(emu, { kind: 'reset', rate: 0 });
    expect((await callRest(emu, 'test.echo', {}, { webhook: true })).status).toBe(200);
    expect((await callRest(emu, 'test.list', {}, { webhook: true })).status).toBe(500);
    expect((await callRest(emu, 'test.list', {}, { webhook: true })).status).toBe(500);
    expect((await request(emu, '/_emulator/faults')).body.faults).toHaveLength(2);
    await request(emu, '/_emulator/faults', { method: 'DELETE' });
    expect((await callRest(emu, 'test.list', {}, { webhook: true })).status).toBe(200);
  });

  it('rejects a malformed fault with 400', async () => {
    const r = await request(emu, '/_emulator/faults', { method: 'POST', json: { kind: 'meteor', count: 1 } });
    expect(r.status).toBe(400);
    expect(r.body.error_description).toMatch(/kind must be one of/);
  });
});
