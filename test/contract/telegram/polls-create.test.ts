/** messages.sendMedia with inputMediaPoll on the embedded server: the poll it stores, and each refusal. */
import { Api } from 'teleproto';
import {
  channel1,
  chat1,
  control,
  long,
  pollMedia,
  rpcError,
  sendPoll,
  useTelegramEmulator,
  type PollSpec,
} from './tg-client.js';

const world = useTelegramEmulator(['user-1', 'user-2']);

test('a poll in chat 1 comes back as a message with the poll, and is stored with its flags', async () => {
  const client = world.clients['user-1']!;
  const updates = (await client.invoke(
    new Api.messages.SendMedia({
      peer: chat1(),
      message: '',
      media: pollMedia({ multipleChoice: true, publicVoters: true }),
      randomId: long(1),
    }),
  )) as Api.Updates;
  const message = (updates.updates[0] as Api.UpdateNewMessage).message as Api.Message;
  const media = message.media as Api.MessageMediaPoll;
  expect(media.poll.question.text).toBe('Lunch?');
  expect((media.poll.answers as Api.PollAnswer[]).map((a) => [...a.option])).toEqual([[0], [1], [2]]);
  expect(media.results.totalVoters).toBe(0);
  const state = await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${message.id}`);
  expect(state.poll).toMatchObject({
    creatorId: 1,
    flags: { multipleChoice: true, publicVoters: true, quiz: false },
    closed: false,
  });
});

test('a quiz keeps its correct answers and solution; close_period sets a close date', async () => {
  const msgId = await sendPoll(world.clients['user-1']!, chat1(), {
    quiz: true,
    correctAnswers: [2],
    solution: 'Because.',
    closePeriod: 600,
  });
  const { poll } = await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${msgId}`);
  expect(poll).toMatchObject({ correct: [2], flags: { quiz: true } });
  expect(typeof poll.closeDate).toBe('number');
});

const refusals: Array<[string, PollSpec, string]> = [
  ['one answer', { answers: [[0]] }, 'POLL_ANSWERS_INVALID'],
  ['eleven answers', { answers: Array.from({ length: 11 }, (_, i) => [i]) }, 'POLL_ANSWERS_INVALID'],
  ['a repeated option', { answers: [[7], [7]] }, 'POLL_OPTION_DUPLICATE'],
  ['an empty option', { answers: [[], [1]] }, 'POLL_OPTION_INVALID'],
  ['an empty question', { question: '  ' }, 'POLL_QUESTION_INVALID'],
  ['a quiz without a correct answer', { quiz: true, correctAnswers: [] }, 'QUIZ_CORRECT_ANSWERS_EMPTY'],
  [
    'a quiz with an answer index out of range',
    { quiz: true, correctAnswers: [3] },
    'QUIZ_CORRECT_ANSWER_INVALID',
  ],
  [
    'a single-choice quiz with two correct answers',
    { quiz: true, correctAnswers: [0, 1] },
    'QUIZ_CORRECT_ANSWERS_TOO_MUCH',
  ],
  ['close_period and close_date', { closePeriod: 60, closeDate: 2000000000 }, 'MEDIA_INVALID'],
];

test.each(refusals)('%s is %s and creates nothing', async (_, spec, error) => {
  expect(await rpcError(sendPoll(world.clients['user-1']!, chat1(), spec))).toBe(error);
  expect((await control(world.emulator, 'GET', 'state/poll?peer=chat:1&msgId=1')).poll).toBeNull();
});

test('only channel admins post polls there; public voters are refused in channels', async () => {
  expect(await rpcError(sendPoll(world.clients['user-2']!, channel1()))).toBe('CHAT_SEND_POLL_FORBIDDEN');
  expect(await rpcError(sendPoll(world.clients['user-1']!, channel1(), { publicVoters: true }))).toBe(
    'BROADCAST_PUBLIC_VOTERS_FORBIDDEN',
  );
  expect(await sendPoll(world.clients['user-1']!, channel1())).toBe(1);
});

test('an unknown chat is PEER_ID_INVALID, an unknown channel CHANNEL_INVALID', async () => {
  const client = world.clients['user-1']!;
  expect(await rpcError(sendPoll(client, new Api.InputPeerChat({ chatId: long(99) })))).toBe(
    'PEER_ID_INVALID',
  );
  expect(
    await rpcError(sendPoll(client, new Api.InputPeerChannel({ channelId: long(99), accessHash: long(0) }))),
  ).toBe('CHANNEL_INVALID');
});
