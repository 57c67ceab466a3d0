/**
 * 3. Replicas: two facade processes (`node dist/src/main.js`, OAuth mode, distinct ports) in front
 * of one emulator with limits 50/2 on, overloaded for 60 s (`--quick`: 15 s) by 40 client workers
 * each with a mix of GraphQL reads and writes (poll, chat, sendPoll). With REDIS_URL they share
 * one pacing bucket, as the portal counts per source address, not per process: the emulator must
 * refuse nothing (QUERY_LIMIT_EXCEEDED = 0) and the overload comes back to clients as typed
 * RATE_LIMITED answers. The control run without REDIS_URL shows what each replica pacing alone
 * does to the shared portal bucket.
 */
import { startEmulator, type RunningEmulator } from '../src/emulators/bitrix24/index.js';
import { sendPoll } from '../src/backends/bitrix24/polls/poll.portal.js';
import { oauth, printTable, rawClient, type BenchContext } from './bench-support.js';
import { portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { startFacadeProcess, type FacadeProcess } from './facade-process.js';
import { errorCodes, postGraphQL } from './graphql-client.js';
import { redisServerInstalled, startRedis } from './redis-process.js';

const WORKERS_PER_REPLICA = 40;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Tally {
  sent: number;
  ok: number;
  rateLimited: number;
  other: number;
}

function operation(i: number, pollMessageId: number): [string, Record<string, unknown>] {
  switch (i % 3) {
    case 0:
      return [
        `mutation($input: SendPollInput!) { sendPoll(input: $input) { __typename } }`,
        { input: { chatId: 1, question: `Replica poll ${i}?`, answers: ['A', 'B'] } },
      ];
    case 1:
      return [`{ poll(ref: { messageId: ${pollMessageId} }) { id totalVotes } }`, {}];
    default:
      return [`{ chat(dialogId: "chat1") { name memberCount } }`, {}];
  }
}

async function overload(facade: FacadeProcess, seconds: number, pollMessageId: number): Promise<Tally> {
  const tally: Tally = { sent: 0, ok: 0, rateLimited: 0, other: 0 };
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: WORKERS_PER_REPLICA }, async (_, worker) => {
      const auth = { authorization: `Bearer dev-token-${(worker % 5) + 1}` };
      for (let i = worker; Date.now() < deadline; i += WORKERS_PER_REPLICA) {
        const [query, variables] = operation(i, pollMessageId);
        tally.sent += 1;
        const answer = await postGraphQL(facade.graphqlUrl, query, variables, auth);
        const codes = errorCodes(answer);
        if (codes.length === 0 && answer.data) tally.ok += 1;
        else if (codes.includes('RATE_LIMITED')) {
          tally.rateLimited += 1;
          await sleep(250); // a polite client backs off a little; an impolite one would just spin
        } else tally.other += 1;
      }
    }),
  );
  return tally;
}

async function run(
  emu: RunningEmulator,
  label: string,
  redisUrl: string | undefined,
  seconds: number,
  pollMessageId: number,
  rows: Array<Record<string, string | number>>,
): Promise<void> {
  const env = {
    BITRIX24_PORTAL_URL: emu.url,
    // Refuse early rather than queue long: overload must come back to clients, not pile up.
    PORTAL_MAX_WAIT_MS: '2000',
    ...(redisUrl === undefined ? {} : { REDIS_URL: redisUrl }),
  };
  const facades = [await startFacadeProcess(env), await startFacadeProcess(env)];
  try {
    const before = await portalCounts(emu.url);
    const tallies = await Promise.all(facades.map((f) => overload(f, seconds, pollMessageId)));
    const counts = since(await portalCounts(emu.url), before);
    tallies.forEach((t, r) =>
      rows.push({
        run: label,
        replica: `#${r + 1}`,
        'requests sent': t.sent,
        succeeded: t.ok,
        'RATE_LIMITED to clients': t.rateLimited,
        'other errors': t.other,
        'portal requests': '',
        'portal calls': '',
        'QLE at portal': '',
        crashes: facades[r]!.crashes(),
      }),
    );
    rows.push({
      run: label,
      replica: 'emulator',
      'requests sent': '',
      succeeded: '',
      'RATE_LIMITED to clients': '',
      'other errors': '',
      'portal requests': counts.httpRequests,
      'portal calls': counts.methodCalls,
      'QLE at portal': counts.queryLimitExceeded,
      crashes: '',
    });
  } finally {
    await Promise.all(facades.map((f) => f.close()));
  }
}

export async function replicasBench(ctx: BenchContext): Promise<void> {
  if (!redisServerInstalled()) {
    console.log('\n## 3. Replicas\n\nskipped: redis-server is not installed (apt-get install redis-server)');
    return;
  }
  const seconds = ctx.quick ? 15 : 60;
  const redis = await startRedis();
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  const rows: Array<Record<string, string | number>> = [];
  try {
    const poll = await sendPoll(rawClient(), oauth(emu), {
      chatId: 1,
      question: 'Read me?',
      answers: ['A', 'B'],
    });
    await setEmulatorLimits(emu.url, true);
    await run(emu, 'REDIS_URL shared', redis.url, seconds, poll.messageId, rows);
    await sleep(30_000); // the portal's bucket drains fully (50 at 2/s) before the control run
    await run(emu, 'control: no REDIS_URL', undefined, seconds, poll.messageId, rows);
  } finally {
    await emu.close();
    await redis.close();
  }
  printTable(
    `3. Replicas: 2 facade processes, ${2 * WORKERS_PER_REPLICA} client workers overloading limits 50/2 for ${seconds} s each run`,
    rows,
  );
}
