/**
 * Lost connections: teleproto reconnects and resends a request that got no answer. The server must
 * then neither lose the call (dropped before it ran) nor run it twice (ran, answer lost): sendMedia is
 * deduplicated by its random_id, as Telegram does.
 */
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { TeleprotoInvoker } from '../../../src/backends/telegram/invoker/teleproto.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { control } from './tg-client.js';

let emulator: RunningTelegramEmulator;
const invokers: TeleprotoInvoker[] = [];
const chat = { kind: 'chat' as const, id: 1 };

async function connect(name: string): Promise<TelegramPolls> {
  const invoker = await TeleprotoInvoker.connect(emulator.sessions[name]!, {
    apiId: 1,
    apiHash: 'emulator',
    timeoutMs: 5000,
  });
  invokers.push(invoker);
  return new TelegramPolls(invoker);
}

beforeAll(async () => {
  emulator = await startTelegramEmulator();
});
afterAll(async () => {
  for (const invoker of invokers) await invoker.close().catch(() => undefined);
  await emulator?.close();
});

type Call = { method: string; error?: string; dropped?: boolean };
const callsOf = async (method: string): Promise<Call[]> =>
  ((await control(emulator, 'GET', 'calls')) as Call[]).filter((call) => call.method === method);

test('dropped before it ran: the vote is resent after the reconnect and counted once', async () => {
  const author = await connect('user-1');
  const voter = await connect('user-2');
  const poll = await author.create(chat, { question: 'Q', answers: [{ text: 'a' }, { text: 'b' }] });
  await control(emulator, 'POST', 'faults', { kind: 'drop', count: 1, methods: ['messages.sendVote'] });
  const voted = await voter.vote({ peer: chat, msgId: poll.msgId }, [poll.answers[0]!.optionId]);
  expect(voted.totalVoters).toBe(1);
  expect((await callsOf('messages.sendVote')).map((c) => c.error ?? 'ok')).toEqual(['DROPPED', 'ok']);
});

test('ran, answer lost: the resent sendMedia returns the same poll and creates no second one', async () => {
  await control(emulator, 'POST', 'reset');
  const author = await connect('user-3');
  await control(emulator, 'POST', 'faults', {
    kind: 'commitThenDrop',
    count: 1,
    methods: ['messages.sendMedia'],
  });
  const created = await author.create(chat, { question: 'Once', answers: [{ text: 'a' }, { text: 'b' }] });
  expect(created.msgId).toBe(1);
  expect((await callsOf('messages.sendMedia')).map((c) => c.dropped ?? false)).toEqual([true, false]);
  expect((await control(emulator, 'GET', 'state/poll?peer=chat:1&msgId=2')).poll).toBeNull();
});
