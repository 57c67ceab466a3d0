/**
 * The HTTP server's own limits, set on purpose rather than left to Node's defaults: keep-alive
 * above common load-balancer idle timeouts, a slow body cut with 408, a connection cap.
 * Assertions are on what a client sees (headers, status, closed sockets), not on elapsed time.
 */
import { connect, type Socket } from 'node:net';
import { startHarness, type Harness } from './facade-harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    HTTP_REQUEST_TIMEOUT_MS: '2000',
    HTTP_HEADERS_TIMEOUT_MS: '1500',
    HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000',
    HTTP_MAX_CONNECTIONS: '2',
  });
});
afterAll(async () => {
  await h.close();
});

function open(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(h.facade.port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

function readAll(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    socket.on('close', () => resolve(text));
    socket.on('error', () => undefined);
  });
}

it('a body that never finishes is answered 408 and the connection closed', async () => {
  const socket = await open();
  const answer = readAll(socket);
  socket.write(
    'POST /graphql HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"query":',
  );
  expect(await answer).toMatch(/^HTTP\/1\.1 408/);
});

it('connections beyond HTTP_MAX_CONNECTIONS are closed at once', async () => {
  const held = [await open(), await open()];
  const third = connect(h.facade.port, '127.0.0.1');
  const answer = readAll(third);
  third.on('connect', () => third.write('GET /health HTTP/1.1\r\nhost: x\r\n\r\n'));
  expect(await answer).toBe('');
  for (const socket of held) socket.destroy();
});

it('announces a keep-alive timeout of 65 s by default (above common 60 s idle timeouts)', async () => {
  const defaults = await startHarness();
  try {
    const response = await fetch(`${defaults.facade.url}/health`);
    await response.text();
    expect(response.headers.get('keep-alive')).toBe('timeout=65');
  } finally {
    await defaults.close();
  }
});
