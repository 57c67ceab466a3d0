/**
 * Apollo's cache-control plugin is off: it installs itself by default and hooks every resolved
 * field (Apollo's per-field instrumentation) to compute cache hints this API never gives. Its one
 * visible effect was `cache-control: no-store` on each answer, which the HTTP handler now sets
 * (checked over HTTP in the integration tests).
 */
import { HeaderMap } from '@apollo/server';
import { buildSchema } from 'graphql';
import { loadConfig } from '../../../src/config/config.js';
import { createApollo } from '../../../src/app/apollo.js';
import { createLogger } from '../../../src/observability/logger.js';

describe('createApollo', () => {
  it('does not run Apollo’s default cache-control plugin', async () => {
    const apollo = createApollo({
      schema: buildSchema('type Query { hello: String }'),
      config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
      logger: createLogger('silent'),
      secrets: [],
    });
    await apollo.start();
    try {
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: 'POST',
          headers: new HeaderMap([['content-type', 'application/json']]),
          search: '',
          body: { query: '{ hello }' },
        },
        context: async () => ({}) as never,
      });
      expect(response.status ?? 200).toBe(200);
      expect(response.headers.get('cache-control')).toBeUndefined();
    } finally {
      await apollo.stop();
    }
  });
});
