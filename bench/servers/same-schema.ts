/**
 * What the two comparison servers of the overhead bench share with the facade: the configuration
 * read from the environment, the same traffic engine (pacing, batching, retries), the same schema
 * and the same per-request context. Only the HTTP layer and the Apollo plugins differ, so the
 * difference in a table row is what the facade's own server adds or saves.
 */
import 'reflect-metadata';
import type { HeaderMap } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { loadConfig } from '../../src/config/config.js';
import { createPortalTraffic } from '../../src/backends/bitrix24/traffic/from-config.js';
import { createRequestContext, type ContextDependencies } from '../../src/graphql/create-context.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import { healthCheckFor } from '../../src/graphql/portal-health.js';
import type { PortalTarget } from '../../src/graphql/identity.js';
import { buildFacadeSchema } from '../../src/app/schema.js';
import { createBackendFactories } from '../../src/app/backends.js';
import { createNodeRefetchers } from '../../src/app/nodes.js';
import { createSharedState } from '../../src/app/shared-state.js';

export interface SameSchema {
  schema: GraphQLSchema;
  port: number;
  context(headers: HeaderMap): GraphQLContext;
}

/** OAuth mode only (BITRIX24_PORTAL_URL): the overhead bench's facade runs in that mode too. */
export async function sameSchemaFromEnv(): Promise<SameSchema> {
  const config = loadConfig(process.env);
  if (config.portal.mode !== 'oauth') throw new Error('the comparison servers need BITRIX24_PORTAL_URL');
  const target: PortalTarget = { mode: 'oauth', portalUrl: config.portal.portalUrl };
  const { portal } = createPortalTraffic({
    traffic: config.traffic,
    timeoutMs: config.portalTimeoutMs,
    portalUrl: target.portalUrl,
  });
  const deps: ContextDependencies = {
    config,
    portal,
    health: healthCheckFor(target),
    identity: { target, apiKeys: [], allowAnonymous: false },
    backends: createBackendFactories(),
    nodes: createNodeRefetchers(),
    state: createSharedState(config),
  };
  let requests = 0;
  return {
    schema: await buildFacadeSchema(),
    port: config.port,
    context: (headers) =>
      createRequestContext(deps, headers, { requestId: `r${(requests += 1)}`, errorCodes: [] }),
  };
}
