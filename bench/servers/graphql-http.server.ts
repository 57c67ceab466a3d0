/**
 * The facade's schema on bare `graphql-http` over node:http: no Apollo, no plugins, no limits. A
 * process of its own for the overhead bench; prints `listening: <graphql url>`.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { createHandler } from 'graphql-http/lib/use/http';
import { sameSchemaFromEnv } from './same-schema.js';

const same = await sameSchemaFromEnv();
const handler = createHandler({
  schema: same.schema,
  context: (req) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.raw.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    // graphql-http types its context as a plain record; ours is an object of the same shape.
    return same.context(headers) as never;
  },
});
const server = createServer((req, res) => void handler(req, res));
await new Promise<void>((resolve) => server.listen(same.port, '127.0.0.1', resolve));
const { port } = server.address() as AddressInfo;
process.stdout.write(`listening: http://127.0.0.1:${port}/graphql\n`);
process.on('SIGTERM', () => server.close(() => process.exit(0)));
