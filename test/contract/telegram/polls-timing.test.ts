/**
 * Rules that depend on the server's clock or on who has voted, with the emulator's clock pinned (no
 * sleeping): close_period ends a poll, POLL_VOTE_REQUIRED guards voter lists, POLL_ANSWER_INVALID,
 * and a rate-based flood fault.
 */
import {
  startTelegramEmulator,
  type RunningTelegramEmulator,
} from '../../../src/emulators/telegram/server.js';
import { Api, type TelegramClient } from 'teleproto';
import { chat1, connectClient, control, long, pollUpdateOf, rpcError, sendPoll, vote } from './tg-client.js';

let emulator: RunningTelegramEmulator;
let now = 1_900_000_000;
const clients: Record<string, TelegramClient> = {};

beforeAll(async () => {
  emulator = await startTelegramEmulator({ now: () => now });
  for (const name of ['user-1', 'user-2', 'user-3']) clients[name] = await connectClient(emulator, name);
});
beforeEach(async () => {
  await control(emulator, 'POST', 'reset');
});
afterAll(async () => {
  for (const client of Object.values(clients)) await client.destroy().catch(() => undefined);
  await emulator?.close();
});

test('close_period: votes are taken until the period is over, then MESSAGE_POLL_CLOSED and the poll reads closed', async () => {
  const msgId = await sendPoll(clients['user-1']!, chat1(), { closePeriod: 60 });
  now += 59;
  await vote(clients['user-2']!, chat1(), msgId, [0]);
  now += 1;
  expect(await rpcError(vote(clients['user-3']!, chat1(), msgId, [0]))).toBe('MESSAGE_POLL_CLOSED');
  const read = pollUpdateOf(
    await clients['user-3']!.invoke(
      new Api.messages.GetPollResults({ peer: chat1(), msgId, pollHash: long(0) }),
    ),
  );
  expect([read.poll?.closed, read.results.totalVoters]).toEqual([true, 1]);
});

test('POLL_VOTE_REQUIRED: voters of a public poll are listed to its author and to those who voted', async () => {
  const msgId = await sendPoll(clients['user-1']!, chat1(), { publicVoters: true });
  const voters = (name: string) =>
    clients[name]!.invoke(
      new Api.messages.GetPollVotes({ peer: chat1(), id: msgId, limit: 10 }),
    ) as Promise<Api.messages.VotesList>;
  expect((await voters('user-1')).count).toBe(0);
  expect(await rpcError(voters('user-2'))).toBe('POLL_VOTE_REQUIRED');
  await vote(clients['user-2']!, chat1(), msgId, [1]);
  expect((await voters('user-2')).count).toBe(1);
});

test('POLL_ANSWER_INVALID: an answer without text', async () => {
  const media = new Api.InputMediaPoll({
    poll: new Api.Poll({
      id: long(0),
      question: new Api.TextWithEntities({ text: 'Q', entities: [] }),
      answers: [
        new Api.PollAnswer({
          text: new Api.TextWithEntities({ text: 'a', entities: [] }),
          option: Buffer.from([0]),
        }),
        new Api.PollAnswer({
          text: new Api.TextWithEntities({ text: ' ', entities: [] }),
          option: Buffer.from([1]),
        }),
      ],
      hash: long(0),
    }),
  });
  expect(
    await rpcError(
      clients['user-1']!.invoke(new Api.messages.SendMedia({ peer: chat1(), message: '', media })),
    ),
  ).toBe('POLL_ANSWER_INVALID');
});

test('a flood fault with rate 1 refuses every matching call until it is removed', async () => {
  const msgId = await sendPoll(clients['user-1']!, chat1());
  await control(emulator, 'POST', 'faults', {
    kind: 'floodWait',
    seconds: 9,
    rate: 1,
    methods: ['messages.sendVote'],
  });
  expect(await rpcError(vote(clients['user-2']!, chat1(), msgId, [0]))).toBe('FLOOD_WAIT_9');
  expect(await rpcError(vote(clients['user-3']!, chat1(), msgId, [0]))).toBe('FLOOD_WAIT_9');
  await control(emulator, 'DELETE', 'faults');
  expect(pollUpdateOf(await vote(clients['user-3']!, chat1(), msgId, [0])).results.totalVoters).toBe(1);
});

test('a malformed fault is refused with a reason', async () => {
  expect(await control(emulator, 'POST', 'faults', { kind: 'floodWait' })).toEqual({
    error: 'INVALID_REQUEST',
    message: 'give either rate (0..1) or count',
  });
});
