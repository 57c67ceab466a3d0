/**
 * A chat's poll messages, newest first, and who posted them. messages.search with
 * inputMessagesFilterPoll lists only poll messages (offset_id pages back: messages older than it),
 * and each message carries its poll and results (messageMediaPoll), so a page of polls costs one
 * call. The message's `from_id` names the author and the answer's users list their name, so the
 * author costs no call either. Results marked `min` (totals without the caller's own choices) are
 * left for the caller to read again with getPollResults.
 */
import { Api } from 'teleproto';
import { returnBigInt } from 'teleproto/Helpers.js';
import type { TelegramInvoker } from '../invoker/telegram-invoker.port.js';
import type { TelegramPeer } from './peer-address.js';
import { toTelegramPoll } from './poll-mapper.js';
import type { TelegramPoll, TelegramPollRef } from './telegram-poll.types.js';

/** Telegram answers at most 100 messages per messages.search / messages.getMessages. */
export const HISTORY_LIMIT_MAX = 100;

export interface TelegramAuthor {
  userId: number;
  name: string;
}

export interface PollMessage {
  msgId: number;
  /** null when the message's results are `min`: read the poll with getPollResults. */
  poll: TelegramPoll | null;
  author: TelegramAuthor | null;
}

export interface PollMessagePage {
  /** newest first */
  messages: PollMessage[];
  /** Whether older poll messages exist than the last one of this page. */
  more: boolean;
}

/** Up to `limit` (at most 99) poll messages older than `before` (null: the newest). */
export async function searchPollMessages(
  invoker: TelegramInvoker,
  inputPeer: Api.TypeInputPeer,
  peer: TelegramPeer,
  before: number | null,
  limit: number,
): Promise<PollMessagePage> {
  const answer = (await invoker.invoke(
    new Api.messages.Search({
      peer: inputPeer,
      q: '',
      filter: new Api.InputMessagesFilterPoll(),
      minDate: 0,
      maxDate: 0,
      offsetId: before ?? 0,
      addOffset: 0,
      // one more than asked: its presence says whether older polls exist
      limit: Math.min(limit + 1, HISTORY_LIMIT_MAX),
      maxId: 0,
      minId: 0,
      hash: returnBigInt('0'),
    }),
  )) as Api.messages.Messages | Api.messages.MessagesSlice | Api.messages.ChannelMessages;
  const messages = pollMessagesOf(answer, peer)
    .filter((message) => before === null || message.msgId < before)
    .sort((a, b) => b.msgId - a.msgId);
  return { messages: messages.slice(0, limit), more: messages.length > limit };
}

/**
 * The authors of polls in basic groups and private chats, from one messages.getMessages per 100 ids
 * (their message ids are unique within the account). Channel polls are not read (channels.getMessages
 * per channel; a broadcast post names no user anyway): they, and ids Telegram did not return, map to null.
 */
export async function readPollAuthors(
  invoker: TelegramInvoker,
  refs: readonly TelegramPollRef[],
): Promise<Map<string, TelegramAuthor | null>> {
  const found = new Map<string, TelegramAuthor | null>();
  const wanted = refs.filter((ref) => ref.peer.kind !== 'channel');
  for (const ref of refs) found.set(refKey(ref), null);
  for (let start = 0; start < wanted.length; start += HISTORY_LIMIT_MAX) {
    const slice = wanted.slice(start, start + HISTORY_LIMIT_MAX);
    const answer = (await invoker.invoke(
      new Api.messages.GetMessages({ id: slice.map((ref) => new Api.InputMessageID({ id: ref.msgId })) }),
    )) as Api.messages.Messages;
    for (const ref of slice) {
      const message = (answer.messages ?? []).find(
        (m): m is Api.Message =>
          m.className === 'Message' && m.id === ref.msgId && samePeer(m.peerId, ref.peer),
      );
      if (message !== undefined) found.set(refKey(ref), authorOf(message, usersOf(answer)));
    }
  }
  return found;
}

export const refKey = (ref: TelegramPollRef): string => `${ref.peer.kind}:${ref.peer.id}#${ref.msgId}`;

function pollMessagesOf(
  answer: { messages?: Api.TypeMessage[]; users?: Api.TypeUser[] },
  peer: TelegramPeer,
): PollMessage[] {
  const users = usersOf(answer);
  return (answer.messages ?? []).flatMap((message) => {
    if (message.className !== 'Message' || message.media?.className !== 'MessageMediaPoll') return [];
    const media = message.media;
    const results = media.results as Api.PollResults;
    return [
      {
        msgId: message.id,
        poll: results.min === true ? null : toTelegramPoll(peer, message.id, media.poll as Api.Poll, results),
        author: authorOf(message, users),
      },
    ];
  });
}

function usersOf(answer: { users?: Api.TypeUser[] }): Map<number, string> {
  const names = new Map<number, string>();
  for (const user of answer.users ?? []) {
    if (user.className !== 'User') continue;
    names.set(Number(String(user.id)), [user.firstName, user.lastName].filter(Boolean).join(' '));
  }
  return names;
}

/** from_id names the sender; an incoming private message may omit it (the sender is then the peer). */
function authorOf(message: Api.Message, names: Map<number, string>): TelegramAuthor | null {
  const from = message.fromId ?? (message.out ? undefined : message.peerId);
  if (from?.className !== 'PeerUser') return null;
  const userId = Number(String(from.userId));
  return { userId, name: names.get(userId) ?? `Telegram user ${userId}` };
}

function samePeer(peer: Api.TypePeer, ref: TelegramPeer): boolean {
  if (peer.className === 'PeerChat') return ref.kind === 'chat' && String(peer.chatId) === String(ref.id);
  if (peer.className === 'PeerUser') return ref.kind === 'user' && String(peer.userId) === String(ref.id);
  return false;
}
