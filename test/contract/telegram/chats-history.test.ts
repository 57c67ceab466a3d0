/**
 * The embedded server's chat reads and history: messages.search (poll filter), messages.getHistory,
 * messages.getChats and channels.getChannels, with the constructors of layer 229 (ids checked in
 * test/unit/telegram/tl-constructor-ids.test.ts) and their documented errors.
 */
import { Api } from 'teleproto';
import { chatKey } from '../../../src/emulators/telegram/store/state.js';
import { channel1, chat1, long, rpcError, sendPoll, useTelegramEmulator, vote } from './tg-client.js';

const world = useTelegramEmulator(['user-1', 'user-2', 'user-4', 'bot']);
const c = (name: string) => world.clients[name]!;

function search(
  name: string,
  peer: Api.TypeInputPeer,
  window: { offsetId?: number; limit?: number; filter?: Api.TypeMessagesFilter } = {},
) {
  return c(name).invoke(
    new Api.messages.Search({
      peer,
      q: '',
      filter: window.filter ?? new Api.InputMessagesFilterPoll(),
      minDate: 0,
      maxDate: 0,
      offsetId: window.offsetId ?? 0,
      addOffset: 0,
      limit: window.limit ?? 20,
      maxId: 0,
      minId: 0,
      hash: long(0),
    }),
  );
}

const ids = (answer: unknown) =>
  ((answer as Api.messages.MessagesSlice).messages as Api.Message[]).map((m) => m.id);

test('messages.search with the poll filter: newest first, offset_id pages back, count, polls with results and authors', async () => {
  const sent: number[] = [];
  for (let i = 0; i < 5; i += 1) sent.push(await sendPoll(c(i % 2 === 0 ? 'user-1' : 'user-2'), chat1()));
  await vote(c('user-2'), chat1(), sent[4]!, [1]);

  const first = (await search('user-2', chat1(), { limit: 3 })) as Api.messages.MessagesSlice;
  expect(first.className).toBe('messages.MessagesSlice');
  expect(first.CONSTRUCTOR_ID >>> 0).toBe(0x5f206716);
  expect(first.count).toBe(5);
  expect(ids(first)).toEqual([sent[4], sent[3], sent[2]]);
  const newest = first.messages[0] as Api.Message;
  const media = newest.media as Api.MessageMediaPoll;
  expect(media.className).toBe('MessageMediaPoll');
  // the caller's own choice is in the results (not `min`)
  expect(media.results.min).toBeFalsy();
  expect(media.results.results?.find((r) => r.chosen)?.option).toEqual(Buffer.from([1]));
  expect((newest.fromId as Api.PeerUser).userId.toString()).toBe('1');
  expect(first.users.map((u) => (u as Api.User).firstName).sort()).toEqual(['Anna', 'Boris']);

  const rest = await search('user-2', chat1(), { offsetId: sent[2]!, limit: 3 });
  expect(ids(rest)).toEqual([sent[1], sent[0]]);
  // another filter finds nothing here: only poll messages exist on this server
  const photos = await search('user-2', chat1(), { filter: new Api.InputMessagesFilterPhotos() });
  expect(ids(photos)).toEqual([]);
});

test('messages.search in a channel answers messages.channelMessages; bots may not search; a foreign group is PEER_ID_INVALID', async () => {
  const post = await sendPoll(c('user-1'), channel1());
  const answer = (await search('user-4', channel1())) as Api.messages.ChannelMessages;
  expect(answer.className).toBe('messages.ChannelMessages');
  expect(answer.CONSTRUCTOR_ID >>> 0).toBe(0xc776ba4e);
  expect(ids(answer)).toEqual([post]);
  expect((answer.messages[0] as Api.Message).fromId).toBeNull();

  expect(await rpcError(search('bot', chat1()))).toBe('BOT_METHOD_INVALID');
  world.emulator.engine.state.chats.get(chatKey('chat', 1))!.members.delete(4);
  expect(await rpcError(search('user-4', chat1()))).toBe('PEER_ID_INVALID');
});

test('messages.getHistory lists the same messages, newest first', async () => {
  const a = await sendPoll(c('user-1'), chat1());
  const b = await sendPoll(c('user-2'), chat1());
  const history = await c('user-1').invoke(
    new Api.messages.GetHistory({
      peer: chat1(),
      offsetId: 0,
      offsetDate: 0,
      addOffset: 0,
      limit: 10,
      maxId: 0,
      minId: 0,
      hash: long(0),
    }),
  );
  expect(ids(history)).toEqual([b, a]);
});

test('messages.getChats: chat for a member, chatForbidden for a non-member, CHAT_ID_INVALID for an unknown id', async () => {
  const answer = (await c('user-1').invoke(
    new Api.messages.GetChats({ id: [long(1)] }),
  )) as Api.messages.Chats;
  expect(answer.className).toBe('messages.Chats');
  const chat = answer.chats[0] as Api.Chat;
  expect(chat.className).toBe('Chat');
  expect(chat.CONSTRUCTOR_ID >>> 0).toBe(0x41cbf256);
  expect(chat).toMatchObject({ title: 'chat 1', participantsCount: 6 });
  expect(chat.left).toBeFalsy();

  world.emulator.engine.state.chats.get(chatKey('chat', 1))!.members.delete(4);
  const outside = (await c('user-4').invoke(
    new Api.messages.GetChats({ id: [long(1)] }),
  )) as Api.messages.Chats;
  expect(outside.chats[0]!.className).toBe('ChatForbidden');
  expect(outside.chats[0]!.CONSTRUCTOR_ID >>> 0).toBe(0x6592a1a7);

  expect(await rpcError(c('user-1').invoke(new Api.messages.GetChats({ id: [long(1), long(7)] })))).toBe(
    'CHAT_ID_INVALID',
  );
});

test('channels.getChannels: the channel (with post rights for its admins, left for a non-subscriber), CHANNEL_INVALID for an unknown one', async () => {
  const get = (name: string, id: number) =>
    c(name).invoke(
      new Api.channels.GetChannels({
        id: [new Api.InputChannel({ channelId: long(id), accessHash: long(0) })],
      }),
    );
  const admin = ((await get('user-1', 1)) as Api.messages.Chats).chats[0] as Api.Channel;
  expect(admin.className).toBe('Channel');
  expect(admin).toMatchObject({ title: 'channel 1', broadcast: true, participantsCount: 4 });
  expect(admin.adminRights?.postMessages).toBe(true);
  const subscriber = ((await get('user-2', 1)) as Api.messages.Chats).chats[0] as Api.Channel;
  expect(subscriber.left).toBeFalsy();
  expect(subscriber.adminRights).toBeFalsy();
  const outsider = ((await get('user-4', 1)) as Api.messages.Chats).chats[0] as Api.Channel;
  expect(outsider.left).toBe(true);
  expect(await rpcError(get('user-1', 9))).toBe('CHANNEL_INVALID');
});
