/** readMany's rules with the TL-level fake: `min` results and messages of another chat are not trusted. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { pollAnswerFor, pollFor } from './poll-fixtures.js';

const OPTIONS = [[0], [1]];

function pollMessage(id: number, chatId: number, min: boolean): Api.Message {
  return new Api.Message({
    id,
    peerId: new Api.PeerChat({ chatId: returnBigInt(chatId) }),
    date: 0,
    message: '',
    media: new Api.MessageMediaPoll({
      poll: pollFor(OPTIONS),
      results: new Api.PollResults({
        min: min || undefined,
        results: OPTIONS.map((bytes) => new Api.PollAnswerVoters({ option: Buffer.from(bytes), voters: 1 })),
        totalVoters: 1,
      }),
    }),
  });
}

test('a poll whose results come back min is read again with getPollResults (own choice included)', async () => {
  const fake = new FakeTelegramInvoker()
    .on(
      'messages.getMessages',
      () =>
        new Api.messages.Messages({
          messages: [pollMessage(5, 1, false), pollMessage(6, 1, true)],
          chats: [],
          users: [],
          topics: [],
        }),
    )
    .on('messages.getPollResults', () => pollAnswerFor(1, 6, OPTIONS, [1]));
  const polls = await new TelegramPolls(fake).readMany([
    { peer: { kind: 'chat', id: 1 }, msgId: 5 },
    { peer: { kind: 'chat', id: 1 }, msgId: 6 },
  ]);
  expect(fake.calls.map((call) => call.method)).toEqual(['messages.getMessages', 'messages.getPollResults']);
  expect(polls[1]!.answers.map((a) => a.chosen)).toEqual([false, true]);
});

test("a message returned for the id but sitting in another chat is not taken for the ref's poll", async () => {
  const fake = new FakeTelegramInvoker()
    .on(
      'messages.getMessages',
      () =>
        new Api.messages.Messages({ messages: [pollMessage(5, 2, false)], chats: [], users: [], topics: [] }),
    )
    .on(
      'messages.getPollResults',
      () => new Api.Updates({ updates: [], users: [], chats: [], date: 0, seq: 0 }),
    )
    .failNext('messages.getPollResults', 'MESSAGE_ID_INVALID');
  const polls = await new TelegramPolls(fake).readMany([{ peer: { kind: 'chat', id: 1 }, msgId: 5 }]);
  expect(polls).toEqual([null]);
});

test('a flood wait during the fallback read fails the whole read (it is not "not visible")', async () => {
  const fake = new FakeTelegramInvoker()
    .on(
      'messages.getMessages',
      () => new Api.messages.Messages({ messages: [], chats: [], users: [], topics: [] }),
    )
    .on('messages.getPollResults', () => pollAnswerFor(1, 5, OPTIONS))
    .failNext('messages.getPollResults', 'FLOOD_WAIT_4');
  await expect(
    new TelegramPolls(fake).readMany([{ peer: { kind: 'chat', id: 1 }, msgId: 5 }]),
  ).rejects.toMatchObject({ code: 'FLOOD_WAIT', seconds: 4 });
});
