/**
 * 1. Reads: a chat page of 20 polls and a list of 120 polls. Portal requests per operation for
 * (a) the facade's read path — polls by messageId through `getMany` in chunks of 50 (what the poll
 * loader does) over the traffic engine; (b) a naive per-id resolver (one `get` per poll) over the
 * engine with batching on: cross-request batching rescues the N+1; (c) the same naive resolver with
 * batching off (batching and loaders off: simulated here, not a config switch); (d) ceil(n/50).
 */
import { startEmulator } from '../src/emulator/index.js';
import type { PortalCaller, PortalCredential } from '../src/portal/index.js';
import { getPoll, getPollsByMessageIds, sendPoll } from '../src/polls/poll.portal.js';
import { engine, oauth, printTable, timed, type BenchContext } from './bench-support.js';

async function loaderRead(
  caller: PortalCaller,
  credential: PortalCredential,
  ids: number[],
): Promise<number> {
  const chunks: number[][] = [];
  for (let i = 0; i < ids.length; i += 50) chunks.push(ids.slice(i, i + 50));
  const maps = await Promise.all(chunks.map((chunk) => getPollsByMessageIds(caller, credential, chunk)));
  return maps.reduce((n, m) => n + m.size, 0);
}

async function naiveRead(caller: PortalCaller, credential: PortalCredential, ids: number[]): Promise<number> {
  const polls = await Promise.all(ids.map((messageId) => getPoll(caller, credential, { messageId })));
  return polls.length;
}

/** A fresh emulator holding `n` polls in chat 1, with the real limits switched on afterwards. */
async function seeded(n: number) {
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  const setup = engine({ options: { batching: { enabled: false }, pacing: { enabled: false } } });
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const sent = await sendPoll(setup, oauth(emu), {
      chatId: 1,
      question: `Poll ${i}?`,
      answers: ['A', 'B'],
    });
    ids.push(sent.messageId);
  }
  emu.setLimits({ enabled: true });
  emu.clearCalls();
  return { emu, ids };
}

export async function readsBench(ctx: BenchContext): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  for (const n of [20, 120]) {
    const contenders: Array<[string, (ids: number[], credential: PortalCredential) => Promise<number>]> = [
      ['facade (getMany loader + engine)', (ids, c) => loaderRead(engine(), c, ids)],
      ['naive per-id resolver + batching', (ids, c) => naiveRead(engine(), c, ids)],
    ];
    if (!(ctx.quick && n > 50)) {
      contenders.push([
        'naive per-id, batching and loaders off',
        (ids, c) =>
          naiveRead(
            engine({ options: { batching: { enabled: false }, pacing: { maxWaitMs: 120_000 } } }),
            c,
            ids,
          ),
      ]);
    }
    for (const [name, run] of contenders) {
      const { emu, ids } = await seeded(n);
      try {
        const { value, ms } = await timed(() => run(ids, oauth(emu)));
        rows.push({
          polls: n,
          contender: name,
          'polls read': value,
          'portal requests': emu.httpRequests(),
          ms,
        });
      } finally {
        await emu.close();
      }
    }
    rows.push({
      polls: n,
      contender: 'minimum ceil(n/50)',
      'polls read': n,
      'portal requests': Math.ceil(n / 50),
      ms: 0,
    });
  }
  printTable('1. Reads: portal requests per operation (emulator limits 50/2 on)', rows);
}
