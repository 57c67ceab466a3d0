/**
 * 2. Burst: 150 bot messages in webhook mode (the emulator's seeded dialogs, round-robin: it has
 * fewer than 150 distinct dialogs), against the real limits 50/2. Completion time, portal
 * requests, QUERY_LIMIT_EXCEEDED seen by the portal and by callers: the engine (pacing + batching),
 * the engine with batching off (paced: ~2 calls/s after the burst), the raw client (no engine).
 */
import { startEmulator } from '../src/emulator/index.js';
import { isRateLimit, type PortalCaller } from '../src/portal/index.js';
import { registerBot, sendBotMessage } from '../src/bot-messages/bot.portal.js';
import {
  engine,
  printTable,
  rawClient,
  refused,
  timed,
  webhook,
  type BenchContext,
} from './bench-support.js';

/** The seeded users' one-to-one dialogs with the bot. */
const DIALOGS = ['1', '2', '3', '4', '5'];

export async function burstBench(ctx: BenchContext): Promise<void> {
  const n = ctx.quick ? 80 : 150;
  const contenders: Array<[string, () => PortalCaller]> = [
    ['engine (pacing + batching)', () => engine()],
    [
      'engine, batching off',
      () => engine({ options: { batching: { enabled: false }, pacing: { maxWaitMs: 120_000 } } }),
    ],
    ['raw client (no engine)', () => rawClient()],
  ];
  const rows: Array<Record<string, string | number>> = [];
  for (const [name, make] of contenders) {
    const emu = await startEmulator({ port: 0, limits: { enabled: false } });
    try {
      const { bot } = await registerBot(rawClient(), webhook(emu), {
        code: 'bench_bot',
        botToken: 'bench_token',
        properties: { name: 'Bench Bot' },
        type: 'bot',
        eventMode: 'fetch',
      } as Parameters<typeof registerBot>[2]);
      emu.setLimits({ enabled: true });
      emu.clearCalls();
      const caller = make();
      const { value: settled, ms } = await timed(() =>
        Promise.allSettled(
          Array.from({ length: n }, (_, i) =>
            sendBotMessage(caller, webhook(emu), { botId: bot.id, botToken: 'bench_token' }, {
              dialogId: DIALOGS[i % DIALOGS.length]!,
              message: `burst ${i}`,
            } as Parameters<typeof sendBotMessage>[3]),
          ),
        ),
      );
      const failed = settled.filter((s) => s.status === 'rejected');
      rows.push({
        contender: name,
        messages: n,
        delivered: settled.length - failed.length,
        seconds: ms / 1000,
        'calls/s': (settled.length - failed.length) / (ms / 1000),
        'portal requests': emu.httpRequests(),
        'QLE at portal': refused(emu),
        'QLE at callers': failed.filter((s) => isRateLimit((s as PromiseRejectedResult).reason)).length,
        'other errors': failed.filter((s) => !isRateLimit((s as PromiseRejectedResult).reason)).length,
      });
    } finally {
      await emu.close();
    }
  }
  printTable(`2. Burst: ${n} bot messages, webhook mode, limits 50/2`, rows);
}
