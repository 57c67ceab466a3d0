/**
 * 1. Sustained: bot messages (`sendBotMessage`, one portal call each) offered open-loop at fixed
 * rates below, at and above what the portal can carry once its burst allowance is spent (2 requests
 * per second of up to 50 calls: 100 calls/s), to one facade process and to two replicas sharing a
 * redis-server. Every server is a process of its own (emulator with limits 50/2 on, facades in
 * webhook mode, Redis). A warm-up at the same rate spends the burst; then the measured window. What
 * the portal saw is counted at the emulator; latency is from when a send was due.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { printTable, type BenchContext } from './bench-support.js';
import { callLog, portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { procSample } from './proc-stats.js';
import { errorCodes, postGraphQL } from './graphql-client.js';
import { openLoop, type Outcome } from './open-loop.js';
import { BENCH_METRICS_TOKEN, startFacadeProcess, type FacadeProcess } from './facade-process.js';
import { meanAnswerMs, readBatchDurations, type DurationTotals } from './portal-answer-time.js';
import { redisServerInstalled, startRedis, type RedisProcess } from './redis-process.js';
import { startServerProcess } from './server-process.js';
import { drainFloorMs, percentile, perWindow } from './stats.js';
import { API_KEY_HEADER, BENCH_API_KEY, BENCH_BOT_TOKEN } from './webhook-bot.js';
import { BENCH_USERS } from './bench-seed.js';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The portal's standard plan, as the emulator enforces it. */
const BURST = 50;
const DRAIN_PER_SECOND = 2;
const CALLS_PER_BATCH = 50;
const LIMIT = DRAIN_PER_SECOND * CALLS_PER_BATCH;

const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename ... on SendBotMessageSuccess { botMessage { messageId } } ... on UserError { code } } }`;
const REGISTER = `mutation { registerBot(input: {code: "sustained", name: "Sustained"}) {
  __typename ... on RegisterBotSuccess { bot { botId } } } }`;

interface Run {
  topology: string;
  rate: number;
  replicas: number;
}

async function runOne(
  run: Run,
  warmupMs: number,
  measureMs: number,
  windowMs: number,
  rows: Array<Record<string, string | number>>,
  windows: Array<Record<string, string | number>>,
): Promise<void> {
  const emulator = await startServerProcess(join(DIST, 'bench', 'servers', 'emulator.server.js'), {}, [
    /^emulator: (\S+)/m,
    /^webhook: (\S+)/m,
  ]);
  const [emuUrl, webhookUrl] = emulator.values as [string, string];
  let redis: RedisProcess | undefined;
  const facades: FacadeProcess[] = [];
  try {
    if (run.replicas > 1) redis = await startRedis();
    for (let i = 0; i < run.replicas; i++) {
      facades.push(
        await startFacadeProcess({
          BITRIX24_WEBHOOK_URL: webhookUrl,
          FACADE_API_KEYS: BENCH_API_KEY,
          BITRIX24_BOT_TOKEN: BENCH_BOT_TOKEN,
          ...(redis === undefined ? {} : { REDIS_URL: redis.url }),
        }),
      );
    }
    const registered = await postGraphQL(facades[0]!.graphqlUrl, REGISTER, {}, API_KEY_HEADER);
    const botId = (registered.data?.registerBot as { bot?: { botId: number } } | undefined)?.bot?.botId;
    if (botId === undefined) throw new Error(`registerBot failed: ${JSON.stringify(registered)}`);
    await setEmulatorLimits(emuUrl, true);

    // Quiescent now (set-up done, no load yet) and again once every send has been answered: the
    // difference of the emulator's counters is exact. Counts within the window come from the
    // call log's timestamps (the emulator shares this machine's clock).
    const before = await portalCounts(emuUrl);
    const loadStart = performance.now();
    const toEpoch = (t: number) => Date.now() - performance.now() + t;
    const windowStart = loadStart + warmupMs;
    const pids = [emulator.pid, ...facades.map((f) => f.pid)];
    let cpuAtStart: Array<number | undefined> = [];
    let cpuAtEnd: Array<number | undefined> = [];
    let batchTimesAtStart: DurationTotals[] = [];
    let batchTimesAtEnd: DurationTotals[] = [];
    const readBatchTimes = () =>
      Promise.all(facades.map((f) => readBatchDurations(f.metricsUrl, BENCH_METRICS_TOKEN)));
    const cpuAt = (
      at: number,
      save: (cpu: Array<number | undefined>) => void,
      saveBatchTimes: (t: DurationTotals[]) => void,
    ) =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => {
          save(pids.map((pid) => procSample(pid)?.cpuMs));
          readBatchTimes().then(saveBatchTimes).then(resolve, reject);
        }, at - performance.now()),
      );
    const cpuReads = Promise.all([
      cpuAt(
        windowStart,
        (c) => (cpuAtStart = c),
        (t) => (batchTimesAtStart = t),
      ),
      cpuAt(
        windowStart + measureMs,
        (c) => (cpuAtEnd = c),
        (t) => (batchTimesAtEnd = t),
      ),
    ]);
    cpuReads.catch(() => undefined); // awaited below; this only keeps an early failure from being unhandled
    const { outcomes } = await openLoop(run.rate, warmupMs + measureMs, async (i) => {
      const facade = facades[i % facades.length]!;
      // Users 2..160: one-to-one dialogs of the bench seed (user 1 owns the webhook).
      const input = { botId, dialogId: String(2 + (i % (BENCH_USERS - 1))), text: `sustained ${i}` };
      const answer = await postGraphQL(facade.graphqlUrl, SEND, { input }, API_KEY_HEADER, 600_000);
      const typename = (answer.data?.sendBotMessage as { __typename?: string } | undefined)?.__typename;
      if (typename === 'SendBotMessageSuccess') return 'ok';
      return errorCodes(answer).includes('RATE_LIMITED') ? 'rate-limited' : 'other';
    });
    await cpuReads;
    const run_ = since(await portalCounts(emuUrl), before);
    const inWindow = (await callLog(emuUrl)).filter((c) => {
      const at = Date.parse(c.at);
      return at >= toEpoch(windowStart) && at < toEpoch(windowStart + measureMs);
    });
    const cpuPercent = (i: number) => {
      const a = cpuAtStart[i];
      const b = cpuAtEnd[i];
      return a === undefined || b === undefined ? '' : ((b - a) / measureMs) * 100;
    };
    const facadeCpu = facades.map((_, i) => cpuPercent(i + 1));
    const seconds = measureMs / 1000;
    const windowEnd = windowStart + measureMs;
    const due = outcomes.filter((o) => o.dueAt >= windowStart && o.dueAt < windowEnd);
    const completedOk = outcomes.filter(
      (o) => o.kind === 'ok' && o.doneAt >= windowStart && o.doneAt < windowEnd,
    );
    const latencies = due
      .filter((o) => o.kind === 'ok')
      .map((o) => o.doneAt - o.dueAt)
      .sort((a, b) => a - b);
    const portalRps = inWindow.filter((c) => !c.batched).length / seconds;
    // Throughput as the portal counts it: bot sends it executed in the window (answers that reach
    // clients in the window may be for calls executed before it, when the queue is long).
    const achieved = inWindow.filter((c) => c.method !== 'batch').length / seconds;
    rows.push({
      topology: run.topology,
      'offered calls/s': run.rate,
      'achieved calls/s': achieved,
      'of limit': (achieved / LIMIT).toFixed(3),
      'ok answers/s': completedOk.length / seconds,
      'portal req/s': portalRps,
      'QLE (whole run)': run_.queryLimitExceeded,
      RATE_LIMITED: due.filter((o) => o.kind === 'rate-limited').length,
      'other errors': due.filter((o) => o.kind === 'other').length,
      'p50 ms': percentile(latencies, 50),
      'p99 ms': percentile(latencies, 99),
      'batch answer ms (mean)': meanAnswerMs(batchTimesAtStart, batchTimesAtEnd),
      'drain floor p50/p99 ms': `${drainFloorMs(50, DRAIN_PER_SECOND, portalRps).toFixed(0)}/${drainFloorMs(99, DRAIN_PER_SECOND, portalRps).toFixed(0)}`,
      'CPU % emulator / facades': [cpuPercent(0), ...facadeCpu]
        .map((c) => (typeof c === 'number' ? c.toFixed(0) : '?'))
        .join(' / '),
      crashes: facades.reduce((n, f) => n + f.crashes(), 0),
    });
    const samples = due
      .filter((o) => o.kind === 'ok')
      .map((o: Outcome) => ({ dueMs: o.dueAt - windowStart, latencyMs: o.doneAt - o.dueAt }));
    for (const w of perWindow(samples, windowMs)) {
      windows.push({
        topology: run.topology,
        'offered calls/s': run.rate,
        window: `${(w.window * windowMs) / 1000}–${((w.window + 1) * windowMs) / 1000} s`,
        sent: w.count,
        'p50 ms': w.p50,
        'p99 ms': w.p99,
      });
    }
  } finally {
    await Promise.all(facades.map((f) => f.close()));
    await redis?.close();
    await emulator.close();
  }
}

export async function sustainedBench(ctx: BenchContext): Promise<void> {
  const rates = ctx.rates ?? (ctx.quick ? [50, 150] : [50, 100, 150]);
  const measureSeconds = ctx.durationSeconds ?? (ctx.quick ? 20 : 60);
  const windowSeconds = ctx.windowSeconds ?? (measureSeconds > 120 ? 60 : 10);
  // At these rates the first second alone offers more than 50 requests' worth of unbatched calls;
  // by the end of the warm-up the pacer is batching against the 2/s drain.
  const warmupSeconds = ctx.quick ? 5 : 10;
  const topologies: Array<[string, number]> = [['1 facade', 1]];
  if (redisServerInstalled()) topologies.push(['2 replicas + Redis', 2]);
  else console.log('\n(sustained: redis-server is not installed; the two-replica rows are skipped)');
  const rows: Array<Record<string, string | number>> = [];
  const windows: Array<Record<string, string | number>> = [];
  for (const [topology, replicas] of topologies) {
    for (const rate of rates) {
      await runOne(
        { topology, rate, replicas },
        warmupSeconds * 1000,
        measureSeconds * 1000,
        windowSeconds * 1000,
        rows,
        windows,
      );
    }
  }
  printTable(
    `1. Sustained: sendBotMessage offered open-loop for ${measureSeconds} s after a ${warmupSeconds} s warm-up that spends the burst; limits ${BURST}/${DRAIN_PER_SECOND} -> ${LIMIT} calls/s`,
    rows,
  );
  printTable(`1b. Sustained: latency per ${windowSeconds} s window (sends due in the window)`, windows);
}
