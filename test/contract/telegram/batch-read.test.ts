/**
 * readMany against the embedded server over real connections: a page of 20 polls in a basic group
 * in one messages.getMessages, the same polls read() reads one by one with getPollResults; channel
 * polls and unknown ids fall back to the per-poll read.
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
const channel = { kind: 'channel' as const, id: 1 };

async function connect(name: string): Promise<TelegramPolls> {
  const invoker = await TeleprotoInvoker.connect(emulator.sessions[name]!, { apiId: 1, apiHash: 'emulator' });
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

type Call = { method: string; session: string };
const callsBy = async (session: string): Promise<string[]> =>
  ((await control(emulator, 'GET', 'calls')) as Call[])
    .filter((call) => call.session === session)
    .map((call) => call.method);

test('20 group polls in one getMessages, equal to 20 getPollResults reads (results, own choice, quiz)', async () => {
  const author = await connect('user-1');
  const reader = await connect('user-2');
  const refs = [];
  for (let i = 0; i < 20; i++) {
    const quiz = i % 5 === 0;
    const poll = await author.create(chat, {
      question: `Q${i}`,
      answers: [{ text: 'a' }, { text: 'b' }, { text: 'c' }],
      ...(quiz ? { quiz: { correctAnswers: [2], solution: 'c it is' } } : {}),
    });
    refs.push({ peer: chat, msgId: poll.msgId });
    if (i % 2 === 0) await reader.vote(refs[i]!, [poll.answers[i % 3]!.optionId]);
  }
  await control(emulator, 'DELETE', 'calls');
  const batched = await reader.readMany(refs);
  expect(await callsBy('user-2')).toEqual(['messages.getMessages']);
  const single = [];
  for (const ref of refs) single.push(await reader.read(ref));
  expect(batched).toEqual(single);
  expect(batched.filter((poll) => poll!.answers.some((a) => a.chosen))).toHaveLength(10);
});

test('channel polls and unknown ids fall back to one read each; an unknown id is null', async () => {
  const author = await connect('user-1');
  const reader = await connect('user-3');
  const inGroup = await author.create(chat, { question: 'G', answers: [{ text: 'a' }, { text: 'b' }] });
  const inChannel = await author.create(channel, { question: 'C', answers: [{ text: 'a' }, { text: 'b' }] });
  await control(emulator, 'DELETE', 'calls');
  const polls = await reader.readMany([
    { peer: chat, msgId: inGroup.msgId },
    { peer: channel, msgId: inChannel.msgId },
    { peer: chat, msgId: 999_999 },
  ]);
  expect(polls.map((poll) => poll?.question ?? null)).toEqual(['G', 'C', null]);
  expect((await callsBy('user-3')).sort()).toEqual([
    'messages.getMessages',
    'messages.getPollResults',
    'messages.getPollResults',
  ]);
});
