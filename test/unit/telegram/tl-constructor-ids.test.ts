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
