/**
 * Serves the built widget (examples/poll-widget/dist) on loopback, as a deployment's web server
 * would: on its own origin, with the `<meta name="facade-url">` of index.html rewritten to the
 * facade under test. Our own few lines instead of a static-file package: it serves five files of one
 * build to one test and must do the one rewrite a deployment does.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveWidget(root: string, facadeUrl: () => string): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(root, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(root + sep)) {
      res.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        const out =
          extname(file) === '.html'
            ? body
                .toString('utf8')
                .replace(/(<meta name="facade-url" content=")[^"]*(")/, `$1${facadeUrl()}$2`)
            : body;
        res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(out);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
