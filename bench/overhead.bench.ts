/**
 * 4. Overhead: what each HTTP server costs per request, every server in its own process and the
 * load generator (autocannon, 50 connections) in this one. Contenders: the facade
 * (`node dist/src/main.js`), the same schema, engine and context on `@apollo/server`'s
 * `startStandaloneServer`, and on bare `graphql-http` (plus, with `--baseline=<dir>/dist/src/main.js`,
 * another build of the facade: before/after in one run). All in OAuth mode against one emulator
 * process with its limits and the facade's pacing off (zero portal latency). Rounds alternate the
 * order of the contenders so that a shared machine's noise falls on all of them alike; each figure
 * is the median of the rounds. CPU per request and peak RSS are read from /proc for the server's
 * own process.
 */
import autocannon from 'autocannon';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, type BenchContext } from './bench-support.js';
import { postGraphQL } from './graphql-client.js';
import { freePort } from './ports.js';
import { procSample } from './proc-stats.js';
import { startServerProcess, type ServerProcess } from './server-process.js';
import { median, ratio } from './stats.js';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..');
const CONNECTIONS = 50;
const AUTH = 'Bearer dev-token-1';

interface Contender {
  name: string;
  script: string;
}

interface Running extends Contender {
  process: ServerProcess;
  url: string;
}

interface Round {
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
  peakRssMb: number;
  errors: number;
}

function contenders(ctx: BenchContext): Contender[] {
  return [
    { name: 'facade', script: join(DIST, 'src', 'main.js') },
    ...(ctx.baselineMain === undefined ? [] : [{ name: 'facade, baseline build', script: ctx.baselineMain }]),
    { name: 'Apollo standalone', script: join(DIST, 'bench', 'servers', 'apollo-standalone.server.js') },
    { name: 'graphql-http', script: join(DIST, 'bench', 'servers', 'graphql-http.server.js') },
  ];
}

async function start(contender: Contender, emulatorUrl: string): Promise<Running> {
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'error',
    BITRIX24_PORTAL_URL: emulatorUrl,
    // The emulator's limits are off: nothing to pace, so only the servers are measured.
    PORTAL_PACING: 'false',
    // Metrics stay on, as shipped; production refuses an open /metrics without this (never scraped here).
    METRICS_PUBLIC: 'true',
  };
  const process = await startServerProcess(contender.script, env, [/^(?:facade|listening): (\S+)/m]);
  return { ...contender, process, url: process.values[0]! };
}

async function load(server: Running, query: string, seconds: number): Promise<Round> {
  const before = procSample(server.process.pid);
  let peakRssMb = before?.rssMb ?? 0;
  const sampler = setInterval(() => {
    peakRssMb = Math.max(peakRssMb, procSample(server.process.pid)?.rssMb ?? 0);
  }, 250);
  const result = await autocannon({
    url: server.url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json', authorization: AUTH },
    body: JSON.stringify({ query }),
  });
  clearInterval(sampler);
  const after = procSample(server.process.pid);
  const total = result.requests.total;
  return {
    rps: total / (result.duration || seconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUsPerRequest: before && after && total > 0 ? ((after.cpuMs - before.cpuMs) * 1000) / total : 0,
    peakRssMb: Math.max(peakRssMb, after?.rssMb ?? 0),
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** One request first: a server that answers with errors would measure nothing worth having. */
async function checkAnswers(server: Running, query: string): Promise<void> {
  const answer = await postGraphQL(server.url, query, {}, { authorization: AUTH });
  if (answer.errors !== undefined || answer.data == null) {
    throw new Error(`${server.name} answered ${JSON.stringify(answer)}\n${server.process.stderrTail()}`);
  }
}

async function sendBenchPoll(server: Running): Promise<number> {
  const answer = await postGraphQL(
    server.url,
    `mutation($input: SendPollInput!) { sendPoll(input: $input) {
      __typename ... on SendPollSuccess { poll { messageId } } } }`,
    { input: { chatId: 1, question: 'Bench?', answers: ['A', 'B'] } },
    { authorization: AUTH },
  );
  const id = (answer.data?.sendPoll as { poll?: { messageId: number } } | undefined)?.poll?.messageId;
  if (id === undefined) throw new Error(`sendPoll failed: ${JSON.stringify(answer)}`);
  return id;
}

export async function overheadBench(ctx: BenchContext): Promise<void> {
  const rounds = ctx.rounds ?? (ctx.quick ? 2 : 4);
  const seconds = ctx.roundSeconds ?? (ctx.quick ? 3 : 8);
  const emulator = await startServerProcess(join(DIST, 'bench', 'servers', 'emulator.server.js'), {}, [
    /^emulator: (\S+)/m,
  ]);
  const servers: Running[] = [];
  const rows: Array<Record<string, string | number>> = [];
  try {
    for (const c of contenders(ctx)) servers.push(await start(c, emulator.values[0]!));
    const messageId = await sendBenchPoll(servers[0]!);
    const queries: Array<[string, string]> = [
      ['{ __typename }', '{ __typename }'],
      [
        'poll query',
        `{ poll(ref: { messageId: ${messageId} }) { id attachId totalVotes questions { text answers { text votes } } } }`,
      ],
    ];
    for (const [label, query] of queries) {
      const results = new Map<string, Round[]>(servers.map((s) => [s.name, []]));
      for (const server of servers) {
        await checkAnswers(server, query);
        await load(server, query, ctx.quick ? 1 : 2); // warm-up: JIT, connection pools, caches
      }
      for (let round = 0; round < rounds; round++) {
        // A, B, C; then B, C, A; ...: no contender always runs first (or right after another).
        const order = servers.map((_, i) => servers[(i + round) % servers.length]!);
        for (const server of order) results.get(server.name)!.push(await load(server, query, seconds));
      }
      const rpsOf = (name: string) => {
        const list = results.get(name);
        return list === undefined ? undefined : median(list.map((r) => r.rps));
      };
      for (const server of servers) {
        const list = results.get(server.name)!;
        const rps = median(list.map((r) => r.rps));
        rows.push({
          query: label,
          server: server.name,
          'req/s (median)': rps,
          'req/s range': `${Math.min(...list.map((r) => r.rps)).toFixed(0)}–${Math.max(...list.map((r) => r.rps)).toFixed(0)}`,
          'vs Apollo standalone': ratio(rps, rpsOf('Apollo standalone')),
          'vs graphql-http': ratio(rps, rpsOf('graphql-http')),
          'p50 ms': median(list.map((r) => r.p50)),
          'p99 ms': median(list.map((r) => r.p99)),
          'server CPU µs/req': median(list.map((r) => r.cpuUsPerRequest)),
          'peak RSS MB': Math.max(...list.map((r) => r.peakRssMb)),
          errors: list.reduce((sum, r) => sum + r.errors, 0),
        });
      }
    }
    for (const server of servers) {
      if (server.process.crashes() > 0)
        throw new Error(`${server.name} crashed\n${server.process.stderrTail()}`);
    }
  } finally {
    await Promise.all(servers.map((s) => s.process.close()));
    await emulator.close();
  }
  printTable(
    `4. Overhead: each server in its own process, autocannon ${CONNECTIONS} connections, ${rounds} alternating rounds of ${seconds} s, zero portal latency`,
    rows,
  );
}
