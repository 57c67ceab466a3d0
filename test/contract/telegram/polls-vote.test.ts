/** messages.sendVote and messages.getPollResults on the embedded server, with each documented refusal. */
import { Api } from 'teleproto';
import {
  channel1,
  chat1,
  control,
  long,
  pollUpdateOf,
  rpcError,
  sendPoll,
  useTelegramEmulator,
  vote,
} from './tg-client.js';

const world = useTelegramEmulator(['user-1', 'user-2', 'user-3', 'user-4', 'bot']);
const c = (name: string) => world.clients[name]!;
const results = (name: string, peer: Api.TypeInputPeer, msgId: number) =>
  c(name).invoke(new Api.messages.GetPollResults({ peer, msgId, pollHash: long(0) }));

test("a vote answers updateMessagePoll with the caller's choice; others see the count", async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  const mine = pollUpdateOf(await vote(c('user-2'), chat1(), msgId, [1]));
  expect(mine.msgId).toBe(msgId);
  expect(mine.results.results!.map((r) => [r.voters, r.chosen ?? false])).toEqual([
    [0, false],
    [1, true],
    [0, false],
  ]);
  const theirs = pollUpdateOf(await results('user-3', chat1(), msgId));
  expect(theirs.results.totalVoters).toBe(1);
  expect(theirs.results.results!.some((r) => r.chosen)).toBe(false);
});

test('revoting replaces the ballot; an empty vote retracts it', async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  await vote(c('user-2'), chat1(), msgId, [0]);
  await vote(c('user-2'), chat1(), msgId, [2]);
  expect((await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${msgId}`)).poll.votes).toEqual([
    { userId: 2, options: [2] },
  ]);
  const retracted = pollUpdateOf(await vote(c('user-2'), chat1(), msgId));
  expect(retracted.results.totalVoters).toBe(0);
});

test('REVOTE_NOT_ALLOWED: changing or retracting when revoting is disabled, and in quizzes', async () => {
  const noRevote = await sendPoll(c('user-1'), chat1(), { revotingDisabled: true });
  await vote(c('user-2'), chat1(), noRevote, [0]);
  expect(await rpcError(vote(c('user-2'), chat1(), noRevote, [1]))).toBe('REVOTE_NOT_ALLOWED');
  expect(await rpcError(vote(c('user-2'), chat1(), noRevote))).toBe('REVOTE_NOT_ALLOWED');
  const quiz = await sendPoll(c('user-1'), chat1(), { quiz: true, correctAnswers: [1], solution: 'B it is' });
  await vote(c('user-2'), chat1(), quiz, [0]);
  expect(await rpcError(vote(c('user-2'), chat1(), quiz))).toBe('REVOTE_NOT_ALLOWED');
  expect((await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${quiz}`)).poll.votes).toEqual([
    { userId: 2, options: [0] },
  ]);
});

test('a quiz reveals its correct answer and solution only after the caller voted', async () => {
  const quiz = await sendPoll(c('user-1'), chat1(), { quiz: true, correctAnswers: [1], solution: 'B it is' });
  const before = pollUpdateOf(await results('user-3', chat1(), quiz)).results;
  expect(before.results!.some((r) => r.correct)).toBe(false);
  expect(before.solution).toBeNull();
  const after = pollUpdateOf(await vote(c('user-3'), chat1(), quiz, [0])).results;
  expect(after.results!.map((r) => r.correct ?? false)).toEqual([false, true, false]);
  expect(after.solution).toBe('B it is');
});

test('OPTION_INVALID for an unknown option; OPTIONS_TOO_MUCH for two on single choice', async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  expect(await rpcError(vote(c('user-2'), chat1(), msgId, [9]))).toBe('OPTION_INVALID');
  expect(await rpcError(vote(c('user-2'), chat1(), msgId, [0], [1]))).toBe('OPTIONS_TOO_MUCH');
  const multi = await sendPoll(c('user-1'), chat1(), { multipleChoice: true });
  expect(pollUpdateOf(await vote(c('user-2'), chat1(), multi, [0], [1])).results.totalVoters).toBe(1);
});

test('MESSAGE_ID_INVALID for a message that is not a poll, from sendVote and getPollResults', async () => {
  expect(await rpcError(vote(c('user-2'), chat1(), 4242, [0]))).toBe('MESSAGE_ID_INVALID');
  expect(await rpcError(results('user-2', chat1(), 4242))).toBe('MESSAGE_ID_INVALID');
});

test('PEER_ID_INVALID for a chat the caller is not in', async () => {
  expect(await rpcError(vote(c('user-2'), new Api.InputPeerChat({ chatId: long(7) }), 1, [0]))).toBe(
    'PEER_ID_INVALID',
  );
});

test('MESSAGE_POLL_CLOSED once the poll is closed', async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  const poll = (await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${msgId}`)).poll;
  expect(poll.closed).toBe(false);
  await c('user-1').invoke(
    new Api.messages.EditMessage({
      peer: chat1(),
      id: msgId,
      media: new Api.InputMediaPoll({
        poll: new Api.Poll({
          id: long(BigInt(poll.id)),
          closed: true,
          question: new Api.TextWithEntities({ text: 'Lunch?', entities: [] }),
          answers: [],
          hash: long(0),
        }),
      }),
    }),
  );
  expect(await rpcError(vote(c('user-3'), chat1(), msgId, [0]))).toBe('MESSAGE_POLL_CLOSED');
});

test('POLL_MEMBER_RESTRICTED: a non-subscriber voting in a channel poll; subscribers may', async () => {
  const msgId = await sendPoll(c('user-1'), channel1());
  expect(await rpcError(vote(c('user-4'), channel1(), msgId, [0]))).toBe('POLL_MEMBER_RESTRICTED');
  expect(pollUpdateOf(await vote(c('user-3'), channel1(), msgId, [0])).results.totalVoters).toBe(1);
});

test('BOT_METHOD_INVALID: a bot session calling sendVote, getPollResults or getPollVotes; it may create polls', async () => {
  const msgId = await sendPoll(c('bot'), chat1());
  expect(await rpcError(vote(c('bot'), chat1(), msgId, [0]))).toBe('BOT_METHOD_INVALID');
  expect(await rpcError(results('bot', chat1(), msgId))).toBe('BOT_METHOD_INVALID');
  expect(
    await rpcError(c('bot').invoke(new Api.messages.GetPollVotes({ peer: chat1(), id: msgId, limit: 10 }))),
  ).toBe('BOT_METHOD_INVALID');
  const calls = (await control(world.emulator, 'GET', 'calls')) as Array<{ session: string; error?: string }>;
  expect(calls.filter((call) => call.session === 'bot').map((call) => call.error ?? 'ok')).toEqual([
    'ok',
    'BOT_METHOD_INVALID',
    'BOT_METHOD_INVALID',
    'BOT_METHOD_INVALID',
  ]);
});
