/** The control API's own small loopback HTTP listener (the MTProto port speaks only MTProto). */
import { createServer } from 'node:http';
import type { TelegramEngine } from '../core/engine.js';
import { answerControl, type ControlAnswer } from './control-api.js';

const BODY_MAX = 64 * 1024;

export async function startControlServer(
  engine: TelegramEngine,
  port: number,
): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_MAX) req.destroy();
      else chunks.push(chunk);
    });
    req.on('end', () => void respond());
    const respond = async (): Promise<void> => {
      let answer: ControlAnswer;
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        const body: unknown = text.length > 0 ? JSON.parse(text) : undefined;
        answer = await answerControl(
          engine,
          req.method ?? 'GET',
          new URL(req.url ?? '/', 'http://127.0.0.1'),
          body,
        );
      } catch (err) {
        answer = { status: 400, json: { error: 'INVALID_REQUEST', message: (err as Error).message } };
      }
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer.json));
    };
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${bound}/_emulator/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
