/**
 * Live results: N widgets (1, 100, 1,000; `--quick`: 1 and 100) each showing the same 100 polls
 * for `--duration=S` seconds (default 15; 60 for the figures) while votes arrive (one per
 * second, alternately through the facade and directly at the portal's REST API from another
 * source address, as a person in the portal's own UI would). Contenders, side
 * by side, each against a fresh emulator with its real limits (50 burst, 2 requests/s):
 *  - subscriptions: one `pollResults` subscription per widget over graphql-ws;
 *  - re-query: each widget re-reads `polls(messageIds:)` every 2 s over HTTP.
 * Columns: portal requests per minute, QUERY_LIMIT_EXCEEDED at the portal (must be 0), the p99 of
 * an interactive query made every 2 s meanwhile (a user opening a poll; faster would spend the
 * portal's whole 2 requests/s by itself), and the delay from a vote to widget 0 seeing
 * it (own mutation; direct portal vote). Loopback only; never part of `npm test`.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { loadConfig } from '../src/config/config.js';
import { createFacade } from '../src/app/create-facade.js';
import { startEmulator, type RunningEmulator } from '../src/emulators/bitrix24/index.js';
import { sendPoll } from '../src/backends/bitrix24/polls/poll.portal.js';
import { IM_ENTITY_TYPE } from '../src/backends/bitrix24/polls/poll.portal.js';
import { oauth, printTable, rawClient, type BenchContext } from './bench-support.js';
import { portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { postGraphQL } from './graphql-client.js';
import { percentile } from './stats.js';
import { request } from 'node:http';

const POLLS = 100;
const FIELDS = 'id totalVotes questions { questionId answers { answerId votes } }';
const SUBSCRIPTION = `subscription($ids: [ID!]!) { pollResults(ids: $ids) { source poll { ${FIELDS} } } }`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A vote made at the portal by someone else (a person in the portal's own UI). Portal limits count
 * per portal and source address, and such a person is not on the facade's address: the request
 * leaves from 127.0.0.2 (loopback is the whole 127/8 on Linux), so the emulator gives it its own
 * bucket instead of spending the facade's.
 */
function directVote(portalUrl: string, body: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${portalUrl}/rest/vote.AttachedVote.vote`,
      { method: 'POST', headers: { 'content-type': 'application/json' }, localAddress: '127.0.0.2' },
      (res) => {
        res.resume();
        res.on('end', () => resolve());
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

interface PollInfo {
  id: string;
  messageId: number;
  questionId: number;
  answers: number[];
}

interface Row {
  widgets: number;
  contender: string;
  'portal req/min': number;
  'QLE at portal': number;
  'interactive p99 ms': number;
  'vote→widget ms (own mutation)': number | string;
  'vote→widget ms (portal vote)': number | string;
}

async function seed(emu: RunningEmulator, graphqlUrl: string): Promise<PollInfo[]> {
  const client = rawClient();
  const messageIds: number[] = [];
  for (let i = 0; i < POLLS; i++) {
    const sent = await sendPoll(client, oauth(emu), {
      chatId: 1,
      question: `Poll ${i}?`,
      answers: ['A', 'B', 'C'],
      revoteAllowed: true,
    });
    messageIds.push(sent.messageId);
  }
  const read = await postGraphQL(
    graphqlUrl,
    `query($m: [Int!]!) { polls(messageIds: $m) { ${FIELDS} } }`,
    { m: messageIds },
    { authorization: 'Bearer dev-token-1' },
  );
  const polls = (read.data?.polls ?? []) as Array<{
    id: string;
    questions: Array<{ questionId: number; answers: Array<{ answerId: number }> }>;
  }>;
  return polls.map((p, i) => ({
    id: p.id,
    messageId: messageIds[i]!,
    questionId: p.questions[0]!.questionId,
    answers: p.questions[0]!.answers.map((a) => a.answerId),
  }));
}

/** totalVotes per poll id as widget 0 last saw it, and when each value arrived. */
type Seen = Map<string, { total: number; at: number }>;

async function run(widgets: number, contender: 'subscriptions' | 're-query', seconds: number): Promise<Row> {
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    LIVE_MAX_CONNECTIONS_PER_IDENTITY: '1000',
    GRAPHQL_MAX_COST: '1000000',
  });
  const facade = await createFacade(config, { emulatorUrl: emu.url });
  const polls = await seed(emu, facade.graphqlUrl);
  await setEmulatorLimits(emu.url, true);
  const ids = polls.map((p) => p.id);
  const seen: Seen = new Map();
  const note = (poll: { id: string; totalVotes: number }) => {
    if (seen.get(poll.id)?.total !== poll.totalVotes)
      seen.set(poll.id, { total: poll.totalVotes, at: performance.now() });
  };
  const stops: Array<() => Promise<void> | void> = [];
  let ready = 0;
  if (contender === 'subscriptions') {
    for (let w = 0; w < widgets; w++) {
      const client = createClient({
        url: facade.graphqlUrl.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer dev-token-${(w % 5) + 1}` },
        retryAttempts: 0,
      });
      let snapshots = 0;
      client.subscribe(
        { query: SUBSCRIPTION, variables: { ids } },
        {
          next: (value) => {
            const event = (
              value.data as { pollResults?: { source: string; poll: { id: string; totalVotes: number } } }
            )?.pollResults;
            if (event === undefined) return;
            if (event.source === 'SNAPSHOT' && ++snapshots === POLLS) ready += 1;
            if (w === 0) note(event.poll);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      stops.push(() => client.dispose());
    }
    const deadline = performance.now() + 120_000;
    while (ready < widgets && performance.now() < deadline) await sleep(50);
  } else {
    let stopped = false;
    for (let w = 0; w < widgets; w++) {
      void (async () => {
        await sleep(Math.random() * 2000); // widgets opened at different moments
        while (!stopped) {
          const answer = await postGraphQL(
            facade.graphqlUrl,
            `query($m: [Int!]!) { polls(messageIds: $m) { id totalVotes } }`,
            { m: polls.map((p) => p.messageId) },
            { authorization: `Bearer dev-token-${(w % 5) + 1}` },
          );
          if (w === 0)
            for (const p of (answer.data?.polls ?? []) as Array<{ id: string; totalVotes: number }>)
              if (p) note(p);
          await sleep(2000);
        }
      })();
    }
    stops.push(() => {
      stopped = true;
    });
    await sleep(2500);
  }

  const before = await portalCounts(emu.url);
  const started = performance.now();
  const interactive: number[] = [];
  const ownDelays: number[] = [];
  const portalDelays: number[] = [];
  let running = true;
  const probe = (async () => {
    while (running) {
      const t = performance.now();
      await postGraphQL(
        facade.graphqlUrl,
        'query($m: Int!) { poll(ref: { messageId: $m }) { id totalVotes } }',
        { m: polls[0]!.messageId },
        { authorization: 'Bearer dev-token-2' },
      );
      interactive.push(performance.now() - t);
      await sleep(2000);
    }
  })();
  let n = 0;
  while (performance.now() - started < seconds * 1000) {
    const poll = polls[Math.floor(Math.random() * polls.length)]!;
    const answer = poll.answers[Math.floor(Math.random() * poll.answers.length)]!;
    const user = (n % 5) + 1;
    const baseline = seen.get(poll.id)?.total ?? 0;
    const t = performance.now();
    const viaFacade = n % 2 === 0;
    n += 1;
    if (viaFacade) {
      await postGraphQL(
        facade.graphqlUrl,
        'mutation($input: CastBallotInput!) { castBallot(input: $input) { __typename } }',
        { input: { ref: { id: poll.id }, answerIds: [answer] } },
        { authorization: `Bearer dev-token-${user}` },
      );
    } else {
      await directVote(emu.url, {
        auth: `dev-token-${user}`,
        moduleId: 'im',
        entityType: IM_ENTITY_TYPE,
        entityId: poll.messageId,
        ballot: { [poll.questionId]: [String(answer)] },
      });
    }
    // A revote may leave the total unchanged; only votes that change it are timed.
    void (async () => {
      const limit = t + 35_000;
      while (performance.now() < limit) {
        const now = seen.get(poll.id);
        if (now !== undefined && now.total !== baseline && now.at >= t) {
          (viaFacade ? ownDelays : portalDelays).push(now.at - t);
          return;
        }
        await sleep(10);
      }
    })();
    await sleep(1000);
  }
  running = false;
  await probe;
  const elapsedMin = (performance.now() - started) / 60_000;
  for (const stop of stops) await stop();
  // The portal's counts are exact only with no request in flight: let the last ones land.
  await sleep(3000);
  const counts = since(await portalCounts(emu.url), before);
  await facade.close();
  await emu.close();
  const p50 = (values: number[]) =>
    values.length === 0
      ? '–'
      : Math.round(
          percentile(
            [...values].sort((a, b) => a - b),
            50,
          ),
        );
  return {
    widgets,
    contender,
    'portal req/min': Math.round(counts.httpRequests / elapsedMin),
    'QLE at portal': counts.queryLimitExceeded,
    'interactive p99 ms': Math.round(
      percentile(
        [...interactive].sort((a, b) => a - b),
        99,
      ),
    ),
    'vote→widget ms (own mutation)': p50(ownDelays),
    'vote→widget ms (portal vote)': p50(portalDelays),
  };
}

export async function liveBench(ctx: BenchContext): Promise<void> {
  const seconds = ctx.durationSeconds ?? 15;
  const sizes = ctx.quick ? [1, 100] : [1, 100, 1000];
  const rows: Row[] = [];
  for (const widgets of sizes) {
    for (const contender of ['subscriptions', 're-query'] as const) {
      rows.push(await run(widgets, contender, seconds));
    }
  }
  printTable(
    `Live results: widgets watching ${POLLS} polls for ${seconds} s, a vote per second (delays: median)`,
    rows as unknown as Array<Record<string, string | number>>,
  );
}
