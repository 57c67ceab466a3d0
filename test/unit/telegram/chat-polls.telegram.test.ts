/**
 * The Telegram chat reads and Chat.polls over the TL-level fake: a page's `min` results are read
 * again with getPollResults (only those), and a chat read refused as a whole is asked again id by id.
 */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { createTelegramPollBackend } from '../../../src/backends/telegram/polls/poll.telegram.js';
import { readTelegramChats } from '../../../src/backends/telegram/chats/chat-read.js';
import { TelegramError } from '../../../src/backends/telegram/telegram-error.js';
import { pollAnswerFor, pollFor } from './poll-fixtures.js';

const OPTIONS = [[0], [1]];

function pollMessage(id: number, min: boolean): Api.Message {
  return new Api.Message({
    id,
    peerId: new Api.PeerChat({ chatId: returnBigInt(1) }),
    fromId: new Api.PeerUser({ userId: returnBigInt(2) }),
    date: 0,
    message: '',
    media: new Api.MessageMediaPoll({
      poll: pollFor(OPTIONS),
      results: new Api.PollResults({
        min: min || undefined,
        results: OPTIONS.map((bytes) => new Api.PollAnswerVoters({ option: Buffer.from(bytes), voters: 1 })),
        totalVoters: 2,
      }),
    }),
  });
}

test('Chat.polls reads a page with one search; only the poll whose results are min costs a getPollResults', async () => {
  const invoker = new FakeTelegramInvoker()
    .on(
      'messages.search',
      () =>
        new Api.messages.MessagesSlice({
          count: 3,
          messages: [pollMessage(12, false), pollMessage(11, true), pollMessage(10, false)],
          topics: [],
          chats: [],
          users: [new Api.User({ id: returnBigInt(2), firstName: 'Boris', lastName: 'Petrov' })],
        }),
    )
    .on('messages.getPollResults', () => pollAnswerFor(1, 11, OPTIONS, [0]));
  const actor = { polls: new TelegramPolls(invoker), isBot: false };
  const backend = createTelegramPollBackend({ actorFor: async () => actor, close: async () => {} }, '2');

  const page = await backend.chatPolls!({ dialogId: 'tg:chat:1', first: 2, before: null });
  expect(page.items.map((item) => item.origin.messageId)).toEqual([12, 11]);
  expect(page).toMatchObject({ hasNextPage: true, nextBefore: 11 });
  expect(page.items[1]!.poll.viewer.hasVoted).toBe(true);
  expect(page.items[0]!.origin.author).toMatchObject({ backend: 'tg', userId: 2, name: 'Boris Petrov' });
  expect(invoker.calls.map((call) => call.method)).toEqual(['messages.search', 'messages.getPollResults']);
  const search = invoker.callsOf('messages.search')[0]!.request as Api.messages.Search;
  expect(search.filter.className).toBe('InputMessagesFilterPoll');
  // one more than asked, to know whether older polls exist
  expect(search.limit).toBe(3);

  // the page's authors are known for the rest of the request: no getMessages
  const author = await backend.author!({ backend: 'tg', dialogId: 'tg:chat:1', messageId: 12 });
  expect(author?.name).toBe('Boris Petrov');
  expect(invoker.callsOf('messages.getMessages')).toHaveLength(0);
});

test('a getChats refused as a whole is asked again id by id; only the refused id is null', async () => {
  const invoker = new FakeTelegramInvoker().on('messages.getChats', (request) => {
    const ids = (request as Api.messages.GetChats).id.map((id) => Number(String(id)));
    // Telegram refuses the whole call for one unknown id
    if (ids.includes(7)) return TelegramError.fromRpc('CHAT_ID_INVALID', 'messages.getChats', 400);
    return new Api.messages.Chats({
      chats: ids.map(
        (id) =>
          new Api.Chat({
            id: returnBigInt(id),
            title: `chat ${id}`,
            photo: new Api.ChatPhotoEmpty(),
            participantsCount: 3,
            date: 0,
            version: 1,
          }),
      ),
    });
  });
  const found = await readTelegramChats(invoker, [
    { kind: 'chat', id: 1 },
    { kind: 'chat', id: 7 },
  ]);
  expect(found.get('tg:chat:1')).toMatchObject({ title: 'chat 1', type: 'chat', memberCount: 3 });
  expect(found.get('tg:chat:7')).toBeNull();
  expect(invoker.callsOf('messages.getChats')).toHaveLength(3);
});
