/**
 * The cost of one keyed imbot.v2.Chat.Message.send must not grow with the bot's earlier sends.
 * It used to: every keyed send copied the bot's whole map of earlier template ids, and every queued
 * bot event rebuilt a set of all queued event ids, so a long-running bot became quadratic.
 *
 * Measured by counting operations, not time: after many sends, the stored collection is wrapped in a
 * counting Proxy and a few more sends go through HTTP; a copy would read every earlier entry.
 */
import { callRest, type RunningEmulator } from '../../support/emulator.js';
import { BOT_TOKEN, botInChat, registerBot, addBotToChat, WEBHOOK, useBotEmulator } from './bot-helpers.js';

const emu = useBotEmulator();

const EARLIER_SENDS = 1000;
const PER_BATCH = 50;

/** `count` keyed sends in chat 1, 50 per `batch` request, with template ids `<prefix><n>`. */
async function keyedSends(e: RunningEmulator, botId: number, prefix: string, count: number) {
  for (let start = 0; start < count; start += PER_BATCH) {
    const cmd: Record<string, string> = {};
    for (let n = start; n < Math.min(count, start + PER_BATCH); n++) {
      cmd[`s${n}`] =
        `imbot.v2.Chat.Message.send?botToken=${BOT_TOKEN}&botId=${botId}&dialogId=chat1` +
        `&fields[message]=m${n}&fields[templateId]=${prefix}${n}`;
    }
    const res = await callRest(e, 'batch', { halt: 1, cmd }, WEBHOOK);
    expect(res.status).toBe(200);
    expect(res.body.result.result_error).toEqual([]);
  }
}

/** Wraps an object or array so every read of its entries (and listing of its keys) is counted. */
function counting<T extends object>(target: T): { proxy: T; reads: () => number } {
  let reads = 0;
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      reads += 1;
      return Reflect.get(t, key, receiver) as unknown;
    },
    ownKeys(t) {
      reads += 1;
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, key) {
      reads += 1;
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
  });
  return { proxy, reads: () => reads };
}

describe('keyed Message.send: cost per send does not grow with earlier sends', () => {
  it("the bot's template-id map is read per send, not copied", async () => {
    const botId = await botInChat(emu);
    await keyedSends(emu, botId, 'early-', EARLIER_SENDS);
    const bot = emu.state.bots.get(botId)!;
    expect(Object.keys(bot.sentTemplates ?? {})).toHaveLength(EARLIER_SENDS);

    const { proxy, reads } = counting(bot.sentTemplates!);
    bot.sentTemplates = proxy;
    await keyedSends(emu, botId, 'late-', 10);
    // A lookup and a write per send is a handful of reads; a copy is at least one per earlier send.
    expect(reads()).toBeLessThan(10 * 10);
    // The map still holds every send, and a repeat still answers with the first message.
    expect(Object.keys(emu.state.bots.get(botId)!.sentTemplates ?? {})).toHaveLength(EARLIER_SENDS + 10);
    const repeat = await callRest(
      emu,
      'imbot.v2.Chat.Message.send',
      { botToken: BOT_TOKEN, botId, dialogId: 'chat1', fields: { message: 'again', templateId: 'early-7' } },
      WEBHOOK,
    );
    expect(repeat.body.result.id).toBe(emu.state.bots.get(botId)!.sentTemplates!['1:early-7']!.id);
  });

  it('queueing a bot event does not read the whole event queue', async () => {
    const sender = await botInChat(emu);
    // A supervisor bot in the same chat hears every message, so each send queues one event.
    const listener = await registerBot(emu, {
      code: 'listener',
      type: 'supervisor',
      botToken: 'listener_token',
    });
    await addBotToChat(emu, listener, 1);
    await keyedSends(emu, sender, 'early-', 200);
    const queued = emu.state.botEvents.length;
    expect(queued).toBeGreaterThanOrEqual(200);

    const { proxy, reads } = counting(emu.state.botEvents);
    emu.state.botEvents = proxy;
    await keyedSends(emu, sender, 'late-', 10);
    expect(emu.state.botEvents.length).toBe(queued + 10);
    // push reads `length` and writes one index; a copy of the queue reads every queued event.
    expect(reads()).toBeLessThan(10 * 10);
  });
});
