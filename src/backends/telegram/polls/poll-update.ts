/**
 * `updateMessagePoll` as a plain object. Telegram pushes it when a poll's results change (a vote, a
 * change, a retraction, a close): it carries the new results, so the watcher needs no read per
 * event. `peer`/`msg_id` name the message (Telegram leaves them out for channel subscribers, so
 * the poll id is kept too); `poll` (with `closed`) may be absent. `results.min` means the per-viewer
 * flags (`chosen`, `correct`) are not this session's: only the counts are used from it. A result
 * row without `voters` (counts hidden) gives `voters: null`.
 */
import type { Api } from 'teleproto';
import { optionToId } from './option-id.js';
import { formatTelegramPeer, type TelegramPeer } from './peer-address.js';

export interface TelegramPollUpdate {
  /** Telegram's poll id (decimal). */
  pollId: string;
  /** `tg:chat:1` etc., when the update names the message. */
  dialogId: string | null;
  msgId: number | null;
  /** From the update's `poll`, when sent. */
  closed: boolean | null;
  /** null when the update carries no counts. */
  results: {
    min: boolean;
    totalVoters: number | null;
    rows: Array<{ optionId: string; voters: number | null }>;
  } | null;
}

function peerOf(peer: Api.TypePeer | undefined | null): TelegramPeer | null {
  if (peer === undefined || peer === null) return null;
  if (peer.className === 'PeerChat') return { kind: 'chat', id: Number(peer.chatId) };
  if (peer.className === 'PeerChannel') return { kind: 'channel', id: Number(peer.channelId) };
  if (peer.className === 'PeerUser') return { kind: 'user', id: Number(peer.userId) };
  return null;
}

export function toPollUpdate(update: Api.UpdateMessagePoll): TelegramPollUpdate {
  const peer = peerOf(update.peer);
  const results = update.results;
  return {
    pollId: update.pollId.toString(),
    dialogId: peer === null ? null : formatTelegramPeer(peer),
    msgId: update.msgId ?? null,
    closed: update.poll ? update.poll.closed === true : null,
    results:
      results === undefined || results === null
        ? null
        : {
            min: results.min === true,
            totalVoters: results.totalVoters ?? null,
            rows: (results.results ?? []).map((row) => ({
              optionId: optionToId(row.option),
              voters: row.voters ?? null,
            })),
          },
  };
}
