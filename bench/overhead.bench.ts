/**
 * 4. Overhead: a trivial query and a poll query at zero portal latency (emulator, limits off);
 * req/s, p50, p99 and peak RSS of this process, for the facade server (Apollo + plugins + engine)
 * vs the same schema served by bare `graphql-http` on node:http (same context, no plugins). Both
 * run in this process one after the other, so peak RSS is indicative only.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { createHandler } from 'graphql-http/lib/use/http';
import { loadConfig } from '../src/config.js';
import { startEmulator } from '../src/emulator/index.js';
import { sendPoll } from '../src/polls/poll.portal.js';
import { createRequestContext } from '../src/server/create-context.js';
import { startFacadeServer } from '../src/server/facade-server.js';
import { healthCheckFor } from '../src/server/health.js';
import { createLogger } from '../src/server/logger.js';
import { buildFacadeSchema } from '../src/server/schema.js';
import { engine, oauth, percentile, printTable, type BenchContext } from './bench-support.js';

async function load(url: string, query: string, total: number, concurrency: number) {
  const latencies: number[] = [];
  let errors = 0;
  let peakRss = process.memoryUsage().rss;
  let next = 0;
  const started = performance.now();
  const body = JSON.stringify({ query });
  async function worker() {
    while (next < total) {
      next += 1;
      const t = performance.now();
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer dev-token-1' },
        body,
      });
      const json = (await res.json()) as { errors?: unknown };
      if (json.errors) errors += 1;
      latencies.push(performance.now() - t);
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    'req/s': total / seconds,
    'p50 ms': percentile(latencies, 50),
    'p99 ms': percentile(latencies, 99),
    'peak RSS MB': peakRss / 1024 / 1024,
    errors,
  };
}

export async function overheadBench(ctx: BenchContext): Promise<void> {
  const total = ctx.quick ? 500 : 3000;
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  // OAuth mode against the emulator, as the other benches run the facade.
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    GRAPHQL_INTROSPECTION: 'true',
    BITRIX24_PORTAL_URL: emu.url,
  });
  const target = { mode: 'oauth' as const, portalUrl: emu.url };
  // Zero portal latency and the emulator's limits off: pacing off too, so only the servers are measured.
  const portal = engine({ options: { pacing: { enabled: false } } });
  const sent = await sendPoll(portal, oauth(emu), { chatId: 1, question: 'Bench?', answers: ['A', 'B'] });
  const queries: Array<[string, string]> = [
    ['trivial { __typename }', '{ __typename }'],
    [
      'poll query',
      `{ poll(ref: { messageId: ${sent.messageId} }) { id attachId totalVotes questions { text answers { text votes } } } }`,
    ],
  ];
  const logger = createLogger('silent');
  const facade = await startFacadeServer({ config, target, portal, logger });
  const schema = await buildFacadeSchema();
  const health = healthCheckFor(target);
  const deps = { config, portal, health, identity: { target, apiKeys: [], allowAnonymous: false } };
  const handler = createHandler({
    schema,
    context: (req) => {
      const headers = new HeaderMap();
      const auth = (req.raw as { headers: Record<string, string | string[] | undefined> }).headers
        .authorization;
      if (typeof auth === 'string') headers.set('authorization', auth);
      // graphql-http's context type is a plain record; ours is a class-free object of the same shape.
      return createRequestContext(deps, headers, { requestId: 'bench', errorCodes: [] }) as never;
    },
  });
  const bare = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/graphql`;
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const [name, query] of queries) {
      for (const [server, url] of [
        ['facade (Apollo + plugins + engine)', facade.graphqlUrl],
        ['bare graphql-http, same schema', bareUrl],
      ] as const) {
        await load(url, query, 50, 5); // warm-up
        rows.push({ query: name, server, requests: total, ...(await load(url, query, total, 10)) });
      }
    }
  } finally {
    await facade.close();
    await new Promise((resolve) => bare.close(resolve));
    await emu.close();
  }
  printTable('4. Overhead at zero portal latency (concurrency 10)', rows);
}
