/** TelegramPolls over the TL-level fake: what is sent, what is refused before sending, what comes back. */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import { FakeTelegramInvoker } from '../../../src/backends/telegram/invoker/fake.invoker.js';
import { TelegramPolls } from '../../../src/backends/telegram/polls/telegram-polls.client.js';
import { optionToId } from '../../../src/backends/telegram/polls/option-id.js';
import { pollAnswerFor, pollFor } from './poll-fixtures.js';

const ref = { peer: { kind: 'chat' as const, id: 1 }, msgId: 9 };
const two = [{ text: 'Yes' }, { text: 'No' }];

function messagesWith(poll: Api.Poll): Api.messages.Messages {
  return new Api.messages.Messages({
    messages: [
      new Api.Message({
        id: 9,
        peerId: new Api.PeerChat({ chatId: returnBigInt(1) }),
        date: 0,
        message: '',
        media: new Api.MessageMediaPoll({
          poll,
          results: new Api.PollResults({ results: [], totalVoters: 0 }),
        }),
      }),
    ],
    topics: [],
    chats: [],
    users: [],
  });
}

test.each([
  [{ question: ' ', answers: two }, 'POLL_QUESTION_INVALID'],
  [{ question: 'Q', answers: [{ text: 'only' }] }, 'POLL_ANSWERS_INVALID'],
  [
    { question: 'Q', answers: Array.from({ length: 11 }, (_, i) => ({ text: `a${i}` })) },
    'POLL_ANSWERS_INVALID',
  ],
  [
    {
      question: 'Q',
      answers: [
        { text: 'a', option: Buffer.from([1]) },
        { text: 'b', option: Buffer.from([1]) },
      ],
    },
    'POLL_OPTION_DUPLICATE',
  ],
  [{ question: 'Q', answers: two, quiz: { correctAnswers: [] } }, 'QUIZ_CORRECT_ANSWERS_EMPTY'],
  [{ question: 'Q', answers: two, quiz: { correctAnswers: [2] } }, 'QUIZ_CORRECT_ANSWER_INVALID'],
  [{ question: 'Q', answers: two, quiz: { correctAnswers: [0, 1] } }, 'QUIZ_CORRECT_ANSWERS_TOO_MUCH'],
  [{ question: 'Q', answers: two, closePeriod: 60, closeDate: new Date(Date.UTC(2030, 0)) }, 'MEDIA_INVALID'],
])('create refuses %j with %s and sends nothing', async (input, code) => {
  const fake = new FakeTelegramInvoker();
  await expect(new TelegramPolls(fake).create(ref.peer, input)).rejects.toMatchObject({
    code,
    method: 'messages.sendMedia',
  });
  expect(fake.calls).toEqual([]);
});

test.each([
  ['vote', (p: TelegramPolls) => p.vote(ref, [optionToId(Buffer.from([0]))]), 'messages.sendVote'],
  ['retract', (p: TelegramPolls) => p.retract(ref), 'messages.sendVote'],
  ['voters', (p: TelegramPolls) => p.voters(ref, { limit: 10 }), 'messages.getPollVotes'],
])('a bot session: %s is BOT_METHOD_INVALID with no request', async (_, run, method) => {
  const fake = new FakeTelegramInvoker();
  await expect(run(new TelegramPolls(fake, { isBot: true }))).rejects.toMatchObject({
    code: 'BOT_METHOD_INVALID',
    method,
  });
  expect(fake.calls).toEqual([]);
});

test('a bot session reads the poll from its message (getPollResults is user-only)', async () => {
  const fake = new FakeTelegramInvoker().on('messages.getMessages', () => messagesWith(pollFor([[0], [1]])));
  const poll = await new TelegramPolls(fake, { isBot: true }).read(ref);
  expect(fake.calls.map((c) => c.method)).toEqual(['messages.getMessages']);
  expect(poll).toMatchObject({ dialogId: 'tg:chat:1', msgId: 9, question: 'Q?', closed: false });
});

test('vote with a malformed option id is OPTION_INVALID with no request', async () => {
  const fake = new FakeTelegramInvoker();
  await expect(new TelegramPolls(fake).vote(ref, ['not base64!'])).rejects.toMatchObject({
    code: 'OPTION_INVALID',
  });
  await expect(new TelegramPolls(fake).vote(ref, [])).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  expect(fake.calls).toEqual([]);
});

test('close re-sends the poll with closed set; an already closed poll is returned without an edit', async () => {
  const fake = new FakeTelegramInvoker()
    .on('messages.getMessages', () => messagesWith(pollFor([[0], [1]])))
    .on('messages.editMessage', () => pollAnswerFor(1, 9, [[0], [1]]));
  await new TelegramPolls(fake).close(ref);
  const edit = fake.callsOf('messages.editMessage')[0]!.request as Api.messages.EditMessage;
  const sent = (edit.media as Api.InputMediaPoll).poll as Api.Poll;
  expect(sent.closed).toBe(true);
  expect((sent.answers as Api.PollAnswer[]).map((a) => [...a.option])).toEqual([[0], [1]]);

  const closed = new FakeTelegramInvoker().on('messages.getMessages', () =>
    messagesWith(pollFor([[0], [1]], { closed: true })),
  );
  expect((await new TelegramPolls(closed).close(ref)).closed).toBe(true);
  expect(closed.callsOf('messages.editMessage')).toEqual([]);
});
