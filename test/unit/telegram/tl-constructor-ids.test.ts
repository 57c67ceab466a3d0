/**
 * The TL lines our Telegram code depends on, copied from Telegram's schema pages (layer 224+), and
 * their constructor ids recomputed as CRC32 of the normalised line. Both the written id and teleproto's
 * CONSTRUCTOR_ID must match: an upgrade that silently changes a constructor fails here.
 */
import { crc32 } from 'node:zlib';
import { Api } from 'teleproto';

const LINES: Array<[string, { CONSTRUCTOR_ID: number }]> = [
  [
    'messages.sendVote#10ea6184 peer:InputPeer msg_id:int options:Vector<bytes> = Updates',
    Api.messages.SendVote,
  ],
  [
    'messages.getPollResults#eda3e33b peer:InputPeer msg_id:int poll_hash:long = Updates',
    Api.messages.GetPollResults,
  ],
  [
    'messages.getPollVotes#b86e380e flags:# peer:InputPeer id:int option:flags.0?bytes offset:flags.1?string limit:int = messages.VotesList',
    Api.messages.GetPollVotes,
  ],
  [
    'poll#966e2dbf id:long flags:# closed:flags.0?true public_voters:flags.1?true multiple_choice:flags.2?true quiz:flags.3?true open_answers:flags.6?true revoting_disabled:flags.7?true shuffle_answers:flags.8?true hide_results_until_close:flags.9?true creator:flags.10?true subscribers_only:flags.11?true question:TextWithEntities answers:Vector<PollAnswer> close_period:flags.4?int close_date:flags.5?int countries_iso2:flags.12?Vector<string> hash:long = Poll',
    Api.Poll,
  ],
  [
    'pollAnswer#4b7d786a flags:# text:TextWithEntities option:bytes media:flags.0?MessageMedia added_by:flags.1?Peer date:flags.1?int = PollAnswer',
    Api.PollAnswer,
  ],
  [
    'inputPollAnswer#199fed96 flags:# text:TextWithEntities media:flags.0?InputMedia = PollAnswer',
    Api.InputPollAnswer,
  ],
  [
    'inputMediaPoll#883a4108 flags:# poll:Poll correct_answers:flags.0?Vector<int> attached_media:flags.3?InputMedia solution:flags.1?string solution_entities:flags.1?Vector<MessageEntity> solution_media:flags.2?InputMedia = InputMedia',
    Api.InputMediaPoll,
  ],
  [
    'pollAnswerVoters#3645230a flags:# chosen:flags.0?true correct:flags.1?true option:bytes voters:flags.2?int recent_voters:flags.2?Vector<Peer> = PollAnswerVoters',
    Api.PollAnswerVoters,
  ],
  [
    'pollResults#ba7bb15e flags:# min:flags.0?true has_unread_votes:flags.6?true can_view_stats:flags.7?true results:flags.1?Vector<PollAnswerVoters> total_voters:flags.2?int recent_voters:flags.3?Vector<Peer> solution:flags.4?string solution_entities:flags.4?Vector<MessageEntity> solution_media:flags.5?MessageMedia = PollResults',
    Api.PollResults,
  ],
  [
    'messageMediaPoll#773f4e66 flags:# poll:Poll results:PollResults attached_media:flags.0?MessageMedia = MessageMedia',
    Api.MessageMediaPoll,
  ],
  [
    'updateMessagePoll#d64c522b flags:# peer:flags.1?Peer msg_id:flags.1?int top_msg_id:flags.2?int poll_id:long poll:flags.0?Poll results:PollResults = Update',
    Api.UpdateMessagePoll,
  ],
  [
    'textWithEntities#751f3146 text:string entities:Vector<MessageEntity> = TextWithEntities',
    Api.TextWithEntities,
  ],
  [
    'messages.votesList#4899484e flags:# count:int votes:Vector<MessagePeerVote> chats:Vector<Chat> users:Vector<User> next_offset:flags.0?string = messages.VotesList',
    Api.messages.VotesList,
  ],
  // Chat.polls and Telegram chats: the search with the poll filter, the history, the chat reads
  [
    'messages.search#29ee847a flags:# peer:InputPeer q:string from_id:flags.0?InputPeer saved_peer_id:flags.2?InputPeer saved_reaction:flags.3?Vector<Reaction> top_msg_id:flags.1?int filter:MessagesFilter min_date:int max_date:int offset_id:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages',
    Api.messages.Search,
  ],
  ['inputMessagesFilterPoll#fa2bc90a = MessagesFilter', Api.InputMessagesFilterPoll],
  [
    'messages.getHistory#4423e6c5 peer:InputPeer offset_id:int offset_date:int add_offset:int limit:int max_id:int min_id:int hash:long = messages.Messages',
    Api.messages.GetHistory,
  ],
  [
    'messages.messagesSlice#5f206716 flags:# inexact:flags.1?true count:int next_rate:flags.0?int offset_id_offset:flags.2?int search_flood:flags.3?SearchPostsFlood messages:Vector<Message> topics:Vector<ForumTopic> chats:Vector<Chat> users:Vector<User> = messages.Messages',
    Api.messages.MessagesSlice,
  ],
  [
    'messages.channelMessages#c776ba4e flags:# inexact:flags.1?true pts:int count:int offset_id_offset:flags.2?int messages:Vector<Message> topics:Vector<ForumTopic> chats:Vector<Chat> users:Vector<User> = messages.Messages',
    Api.messages.ChannelMessages,
  ],
  ['messages.getChats#49e9528f id:Vector<long> = messages.Chats', Api.messages.GetChats],
  ['channels.getChannels#a7f6bbb id:Vector<InputChannel> = messages.Chats', Api.channels.GetChannels],
  ['messages.chats#64ff9fd5 chats:Vector<Chat> = messages.Chats', Api.messages.Chats],
  ['chatForbidden#6592a1a7 id:long title:string = Chat', Api.ChatForbidden],
  ['inputChannel#f35aec28 channel_id:long access_hash:long = InputChannel', Api.InputChannel],
  [
    'chat#41cbf256 flags:# creator:flags.0?true left:flags.2?true deactivated:flags.5?true call_active:flags.23?true call_not_empty:flags.24?true noforwards:flags.25?true id:long title:string photo:ChatPhoto participants_count:int date:int version:int migrated_to:flags.6?InputChannel admin_rights:flags.14?ChatAdminRights default_banned_rights:flags.18?ChatBannedRights = Chat',
    Api.Chat,
  ],
];

/**
 * Telegram's rule: drop the id and the `?true` flag fields, a field typed `bytes` becomes `string`
 * (but `Vector<bytes>` stays: sendVote's id is only reproduced that way), `<` -> space, drop `>` and braces.
 */
function normalise(line: string): string {
  return line
    .replace(/#[0-9a-f]+/, '')
    .split(' ')
    .filter((token) => !/^\w+:flags\d*\.\d+\?true$/.test(token))
    .join(' ')
    .replace(/:bytes\b/g, ':string')
    .replace(/\?bytes\b/g, '?string')
    .replace(/</g, ' ')
    .replace(/[>{}]/g, '');
}

describe.each(LINES)('%s', (line, cls) => {
  const written = Number.parseInt(/#([0-9a-f]+)/.exec(line)![1]!, 16);

  test('its written id is CRC32 of the normalised line', () => {
    expect(crc32(normalise(line))).toBe(written);
  });

  test("teleproto's constructor has the same id", () => {
    expect(cls.CONSTRUCTOR_ID >>> 0).toBe(written);
  });
});
