/**
 * Many polls in one call: messages.getMessages takes a list of message ids, and each poll message it
 * returns carries the poll and its results (messageMediaPoll). For basic groups and private chats a
 * message id is unique within the account, so the ids alone name the messages; a returned message
 * must still sit in the ref's chat to count. What this read cannot answer is left to the caller's
 * per-poll read: channel polls (their messages need channels.getMessages per channel), polls whose
 * results come back `min` (totals only, without this caller's own choices), and ids Telegram did not
 * return.
 */
import { Api } from 'teleproto';
import type { TelegramInvoker } from '../invoker/telegram-invoker.port.js';
import type { TelegramPeer } from './peer-address.js';
import { toTelegramPoll } from './poll-mapper.js';
import type { TelegramPoll, TelegramPollRef } from './telegram-poll.types.js';

/** Telegram answers up to this many ids per messages.getMessages. */
export const MESSAGES_PER_CALL = 100;

export const batchable = (ref: TelegramPollRef): boolean => ref.peer.kind !== 'channel';

/** `msgId` -> the poll in that message, for the refs this read can answer. */
export async function readPollMessages(
  invoker: TelegramInvoker,
  refs: readonly TelegramPollRef[],
): Promise<Map<number, TelegramPoll>> {
  const wanted = new Map<number, TelegramPeer>();
  for (const ref of refs) if (batchable(ref)) wanted.set(ref.msgId, ref.peer);
  const found = new Map<number, TelegramPoll>();
  const ids = [...wanted.keys()];
  for (let start = 0; start < ids.length; start += MESSAGES_PER_CALL) {
    const answer = await invoker.invoke(
      new Api.messages.GetMessages({
        id: ids.slice(start, start + MESSAGES_PER_CALL).map((id) => new Api.InputMessageID({ id })),
      }),
    );
    for (const message of (answer as Api.messages.Messages).messages ?? []) {
      if (message.className !== 'Message' || message.media?.className !== 'MessageMediaPoll') continue;
      const peer = wanted.get(message.id);
      if (peer === undefined || !samePeer(message.peerId, peer)) continue;
      const media = message.media;
      const results = media.results as Api.PollResults;
      if (results.min === true) continue;
      found.set(message.id, toTelegramPoll(peer, message.id, media.poll as Api.Poll, results));
    }
  }
  return found;
}

function samePeer(peer: Api.TypePeer, ref: TelegramPeer): boolean {
  if (peer.className === 'PeerChat') return ref.kind === 'chat' && String(peer.chatId) === String(ref.id);
  if (peer.className === 'PeerUser') return ref.kind === 'user' && String(peer.userId) === String(ref.id);
  return false;
}
