/** messages.editMessage (close), messages.getPollVotes (voters) and messages.getMessages on the embedded server. */
import { Api } from 'teleproto';
import {
  channel1,
  chat1,
  control,
  long,
  rpcError,
  sendPoll,
  text,
  useTelegramEmulator,
  vote,
} from './tg-client.js';

const world = useTelegramEmulator(['user-1', 'user-2', 'user-3', 'user-4', 'bot']);
const c = (name: string) => world.clients[name]!;

function edit(name: string, msgId: number, closed: boolean) {
  return c(name).invoke(
    new Api.messages.EditMessage({
      peer: chat1(),
      id: msgId,
      media: new Api.InputMediaPoll({
        poll: new Api.Poll({
          id: long(0),
          closed: closed || undefined,
          question: text('Lunch?'),
          answers: [],
          hash: long(0),
        }),
      }),
    }),
  );
}

test('the author closes a poll; it cannot reopen and others cannot close it', async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  expect(await rpcError(edit('user-2', msgId, true))).toBe('MESSAGE_AUTHOR_REQUIRED');
  const updates = (await edit('user-1', msgId, true)) as Api.Updates;
  const edited = updates.updates.find((u) => u.className === 'UpdateEditMessage') as Api.UpdateEditMessage;
  expect(((edited.message as Api.Message).media as Api.MessageMediaPoll).poll.closed).toBe(true);
  expect(await rpcError(edit('user-1', msgId, false))).toBe('MESSAGE_POLL_CLOSED');
  expect(await rpcError(edit('user-1', msgId, true))).toBe('MESSAGE_NOT_MODIFIED');
  expect((await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${msgId}`)).poll.closed).toBe(
    true,
  );
});

test('a bot closes its own poll (closing is not user-only)', async () => {
  const msgId = await sendPoll(c('bot'), chat1());
  await edit('bot', msgId, true);
  expect((await control(world.emulator, 'GET', `state/poll?peer=chat:1&msgId=${msgId}`)).poll.closed).toBe(
    true,
  );
});

test('getPollVotes pages the voters of a public poll, newest first, filtered by option', async () => {
  const msgId = await sendPoll(c('user-1'), chat1(), { publicVoters: true });
  await vote(c('user-2'), chat1(), msgId, [0]);
  await vote(c('user-3'), chat1(), msgId, [1]);
  await vote(c('user-4'), chat1(), msgId, [0]);
  const first = (await c('user-1').invoke(
    new Api.messages.GetPollVotes({ peer: chat1(), id: msgId, limit: 2 }),
  )) as Api.messages.VotesList;
  expect(first.count).toBe(3);
  expect(first.votes.map((v) => String((v.peer as Api.PeerUser).userId))).toEqual(['4', '3']);
  const second = (await c('user-1').invoke(
    new Api.messages.GetPollVotes({ peer: chat1(), id: msgId, limit: 2, offset: first.nextOffset }),
  )) as Api.messages.VotesList;
  expect(second.votes.map((v) => String((v.peer as Api.PeerUser).userId))).toEqual(['2']);
  expect(second.nextOffset).toBeNull();
  const zero = (await c('user-1').invoke(
    new Api.messages.GetPollVotes({ peer: chat1(), id: msgId, option: Buffer.from([0]), limit: 10 }),
  )) as Api.messages.VotesList;
  expect(zero.votes.map((v) => String((v.peer as Api.PeerUser).userId))).toEqual(['4', '2']);
  expect(zero.users.map((u) => (u as Api.User).firstName).sort()).toEqual(['Boris', 'Daniel']);
});

test('getPollVotes: BROADCAST_FORBIDDEN in channels, MSG_ID_INVALID for unknown messages and anonymous polls', async () => {
  const inChannel = await sendPoll(c('user-1'), channel1());
  expect(
    await rpcError(
      c('user-1').invoke(new Api.messages.GetPollVotes({ peer: channel1(), id: inChannel, limit: 10 })),
    ),
  ).toBe('BROADCAST_FORBIDDEN');
  expect(
    await rpcError(c('user-1').invoke(new Api.messages.GetPollVotes({ peer: chat1(), id: 999, limit: 10 }))),
  ).toBe('MSG_ID_INVALID');
  const anonymous = await sendPoll(c('user-1'), chat1());
  expect(
    await rpcError(
      c('user-1').invoke(new Api.messages.GetPollVotes({ peer: chat1(), id: anonymous, limit: 10 })),
    ),
  ).toBe('MSG_ID_INVALID');
});

test("getMessages returns the poll message with this caller's results", async () => {
  const msgId = await sendPoll(c('user-1'), chat1());
  await vote(c('user-2'), chat1(), msgId, [2]);
  const answer = (await c('user-2').invoke(
    new Api.messages.GetMessages({ id: [new Api.InputMessageID({ id: msgId })] }),
  )) as Api.messages.Messages;
  const media = (answer.messages[0] as Api.Message).media as Api.MessageMediaPoll;
  expect(media.results.results!.map((r) => r.chosen ?? false)).toEqual([false, false, true]);
  expect(answer.chats.map((chat) => (chat as Api.Chat).title)).toEqual(['chat 1']);
});
