/**
 * The facade's schema on `@apollo/server`'s own `startStandaloneServer`, Apollo's defaults (what a
 * user would pick instead of the facade's HTTP layer). A process of its own for the overhead bench;
 * prints `listening: <graphql url>`.
 */
import { ApolloServer, HeaderMap } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { sameSchemaFromEnv } from './same-schema.js';

const same = await sameSchemaFromEnv();
const server = new ApolloServer<GraphQLContext>({ schema: same.schema });
const { url } = await startStandaloneServer(server, {
  listen: { port: same.port, host: '127.0.0.1' },
  context: async ({ req }) => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    return same.context(headers);
  },
});
process.stdout.write(`listening: ${url.replace(/\/$/, '')}/graphql\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
