/**
 * Telegram: MTProto calls per read of a chat page of 20 polls, and what a flood wait does to latency.
 * The facade's own Telegram runtime (SessionTelegramAccess: one teleproto connection per session, a
 * flood gate per session) against the embedded Telegram server on loopback, over real MTProto
 * connections; calls are counted from the server's call log (GET /_emulator/calls). Measured at the
 * poll client (TelegramPolls), the layer the GraphQL poll backend calls per poll or per page.
 *
 * 1. A page of 20 polls read by user 2 (10 of them voted by user 2): one getPollResults per poll
 *    (read), or readMany (one messages.getMessages for basic-group polls; channel polls still one
 *    getPollResults each), and for one chat's page Chat.polls' read (pollMessages: one
 *    messages.search with the poll filter). Each read's answers are compared with the per-poll read.
 * 2. FLOOD_WAIT_2 injected on user 2's next getPollResults: the refused call, user 2's next call
 *    (queued until the wait is over, then sent once), and user 3's reads meanwhile next to user 3's
 *    reads without any fault; and with TELEGRAM_FLOOD_MAX_WAIT_SECONDS=1 (a wait longer than that
 *    is refused at once, nothing sent).
 */
import { startTelegramEmulator, type RunningTelegramEmulator } from '../src/emulators/telegram/server.js';
import { SessionTelegramAccess } from '../src/backends/telegram/access/session.telegram-access.js';
import { teleprotoConnector } from '../src/backends/telegram/access/teleproto.connector.js';
import { MemoryTelegramSessionStore } from '../src/backends/telegram/sessions/memory.session-store.js';
import type { TelegramPolls } from '../src/backends/telegram/polls/telegram-polls.client.js';
import type { TelegramPollRef } from '../src/backends/telegram/polls/telegram-poll.types.js';
import { printTable, timed, type BenchContext } from './bench-support.js';
import { median, percentile } from './stats.js';

interface Call {
  method: string;
  session: string;
  error?: string;
}

async function control(emulator: RunningTelegramEmulator, method: string, path: string, body?: unknown) {
  const res = await fetch(emulator.controlUrl + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return res.json() as Promise<unknown>;
}

function accessFor(emulator: RunningTelegramEmulator, floodMaxWaitSeconds: number): SessionTelegramAccess {
  return new SessionTelegramAccess({
    store: new MemoryTelegramSessionStore(emulator.sessions),
    floodMaxWaitSeconds,
    connect: teleprotoConnector({ apiId: 1, apiHash: 'emulator', timeoutMs: 10_000 }),
  });
}

async function polls(access: SessionTelegramAccess, session: string): Promise<TelegramPolls> {
  const actor = await access.actorFor(session);
  if (actor === null) throw new Error(`no session ${session}`);
  return actor.polls;
}

const ms = (value: number) => value.toFixed(1);

export async function telegramBench(ctx: BenchContext): Promise<void> {
  const rounds = ctx.quick ? 5 : 15;
  const emulator = await startTelegramEmulator();
  const access = accessFor(emulator, 10);
  try {
    const author = await polls(access, 'user-1');
    const reader = await polls(access, 'user-2');
    const page = async (channelPolls: number): Promise<TelegramPollRef[]> => {
      const refs: TelegramPollRef[] = [];
      for (let i = 0; i < 20; i++) {
        const peer =
          i < 20 - channelPolls ? { kind: 'chat' as const, id: 1 } : { kind: 'channel' as const, id: 1 };
        const poll = await author.create(peer, {
          question: `Q${i}`,
          answers: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
        });
        const ref = { peer, msgId: poll.msgId };
        if (i % 2 === 0) await reader.vote(ref, [poll.answers[i % 3]!.optionId]);
        refs.push(ref);
      }
      return refs;
    };
    const calls = async (): Promise<Call[]> =>
      ((await control(emulator, 'GET', 'calls')) as Call[]).filter((call) => call.session === 'user-2');

    const rows: Array<Record<string, string | number>> = [];
    for (const [label, channelPolls] of [
      ['20 group polls', 0],
      ['10 group + 10 channel polls', 10],
    ] as const) {
      await control(emulator, 'POST', 'reset');
      const refs = await page(channelPolls);
      const one = async () => Promise.all(refs.map((ref) => reader.read(ref)));
      const many = () => reader.readMany(refs);
      // Chat.polls' read: one messages.search with the poll filter over the chat (newest first)
      const search = async () =>
        (await reader.pollMessages({ kind: 'chat', id: 1 }, null, 20)).messages.map((m) => m.poll).reverse();
      const same = JSON.stringify(await one()) === JSON.stringify(await many());
      const reads: Array<readonly [string, () => Promise<unknown>, boolean]> = [
        ['one getPollResults per poll', one, same],
        ['readMany (messages.getMessages)', many, same],
      ];
      // one chat's page only: the search reads one chat
      if (channelPolls === 0) {
        const found = JSON.stringify(await one()) === JSON.stringify(await search());
        reads.push(['Chat.polls (messages.search, poll filter)', search, found]);
      }
      for (const [how, read, matches] of reads) {
        await control(emulator, 'DELETE', 'calls');
        await read();
        const perPage = await calls();
        const times: number[] = [];
        for (let r = 0; r < rounds; r++) times.push((await timed(read)).ms);
        const byMethod = new Map<string, number>();
        for (const call of perPage) byMethod.set(call.method, (byMethod.get(call.method) ?? 0) + 1);
        rows.push({
          page: label,
          read: how,
          'MTProto calls': perPage.length,
          methods: [...byMethod].map(([method, n]) => `${n} ${method}`).join(', '),
          'median ms': ms(median(times)),
          'same answers': matches ? 'yes' : 'NO',
        });
      }
    }
    printTable(`Telegram: MTProto calls per chat page of 20 polls (user 2 reading; ${rounds} rounds)`, rows);
    await floodBench(emulator, access, rounds);
  } finally {
    await access.close();
    await emulator.close();
  }
  await floodRefusalBench();
}

async function floodBench(
  emulator: RunningTelegramEmulator,
  access: SessionTelegramAccess,
  rounds: number,
): Promise<void> {
  await control(emulator, 'POST', 'reset');
  const author = await polls(access, 'user-1');
  const waiting = await polls(access, 'user-2');
  const other = await polls(access, 'user-3');
  const created = await author.create(
    { kind: 'chat', id: 1 },
    { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] },
  );
  const ref = { peer: { kind: 'chat' as const, id: 1 }, msgId: created.msgId };
  const otherReads = async (n: number): Promise<number[]> => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) times.push((await timed(() => other.read(ref))).ms);
    return times;
  };
  const quiet = (await otherReads(rounds * 2)).sort((a, b) => a - b);

  await control(emulator, 'DELETE', 'calls');
  await control(emulator, 'POST', 'faults', {
    kind: 'floodWait',
    seconds: 2,
    count: 1,
    methods: ['messages.getPollResults'],
  });
  const refused = await timed(() =>
    waiting.read(ref).then(
      () => 'ok',
      (err: { code?: string }) => err.code ?? 'error',
    ),
  );
  const queued = timed(() => waiting.read(ref));
  const meanwhile = (await otherReads(rounds * 2)).sort((a, b) => a - b);
  const after = await queued;
  const log = ((await control(emulator, 'GET', 'calls')) as Call[]).filter(
    (call) => call.method === 'messages.getPollResults' && call.session === 'user-2',
  );
  printTable(
    'Telegram: FLOOD_WAIT_2 on user 2 (flood gate per session, TELEGRAM_FLOOD_MAX_WAIT_SECONDS=10)',
    [
      { call: 'user 2: the refused call', answer: refused.value, ms: ms(refused.ms) },
      {
        call: 'user 2: next call (queued until the wait is over, sent once)',
        answer: 'ok',
        ms: ms(after.ms),
      },
      {
        call: `user 3: ${meanwhile.length} reads during user 2's wait`,
        answer: 'ok',
        ms: `p50 ${ms(percentile(meanwhile, 50))}, max ${ms(meanwhile.at(-1)!)}`,
      },
      {
        call: `user 3: ${quiet.length} reads without a fault`,
        answer: 'ok',
        ms: `p50 ${ms(percentile(quiet, 50))}, max ${ms(quiet.at(-1)!)}`,
      },
      {
        call: "user 2's getPollResults on the server",
        answer: log.map((call) => call.error ?? 'ok').join(', '),
        ms: '',
      },
    ],
  );
}

/** A wait longer than TELEGRAM_FLOOD_MAX_WAIT_SECONDS: refused at once, nothing sent. */
async function floodRefusalBench(): Promise<void> {
  const emulator = await startTelegramEmulator();
  const access = accessFor(emulator, 1);
  try {
    const author = await polls(access, 'user-1');
    const reader = await polls(access, 'user-2');
    const created = await author.create(
      { kind: 'chat', id: 1 },
      { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] },
    );
    const ref = { peer: { kind: 'chat' as const, id: 1 }, msgId: created.msgId };
    await control(emulator, 'POST', 'faults', {
      kind: 'floodWait',
      seconds: 2,
      count: 1,
      methods: ['messages.getPollResults'],
    });
    await control(emulator, 'DELETE', 'calls');
    const outcome = (err: { code?: string; seconds?: number }) => `${err.code} ${err.seconds ?? ''} s`;
    const first = await timed(() => reader.read(ref).then(() => 'ok', outcome));
    const second = await timed(() => reader.read(ref).then(() => 'ok', outcome));
    const sent = ((await control(emulator, 'GET', 'calls')) as Call[]).filter((c) => c.session === 'user-2');
    printTable('Telegram: FLOOD_WAIT_2 with TELEGRAM_FLOOD_MAX_WAIT_SECONDS=1', [
      { call: 'user 2: the refused call', answer: first.value, ms: ms(first.ms) },
      { call: 'user 2: next call, during the wait', answer: second.value, ms: ms(second.ms) },
      { call: "user 2's calls on the server", answer: String(sent.length), ms: '' },
    ]);
  } finally {
    await access.close();
    await emulator.close();
  }
}
