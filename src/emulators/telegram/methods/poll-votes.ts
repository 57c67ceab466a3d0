/** messages.getPollVotes: who voted for what, paged by an opaque offset (here: a position). */
import { Api } from 'teleproto';
import { badRequest, RpcFailure, type RpcContext } from './context.js';
import { entitiesFor, peerOf } from './entities.js';
import { findPoll } from './poll-lookup.js';

const LIMIT_MAX = 50;

export function getPollVotes(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.GetPollVotes;
  const { poll, conversation } = findPoll(context, call.peer, call.id, 'MSG_ID_INVALID');
  const self = context.user.id;
  if (conversation.kind === 'channel') throw new RpcFailure(403, 'BROADCAST_FORBIDDEN');
  // an anonymous poll has no voter list to page (the exact error is not documented; see the README)
  if (!poll.publicVoters) throw badRequest('MSG_ID_INVALID');
  if (self !== poll.creatorId && !poll.votes.has(self)) throw new RpcFailure(403, 'POLL_VOTE_REQUIRED');

  const optionIndex = call.option
    ? poll.answers.findIndex((a) => a.option.equals(Buffer.from(call.option!)))
    : -1;
  const rows = [...poll.votes.entries()]
    .reverse() // newest first
    .filter(([, ballot]) => !call.option || ballot.options.includes(optionIndex));
  const start = call.offset ? Number.parseInt(call.offset, 10) || 0 : 0;
  const limit = Math.max(1, Math.min(call.limit || LIMIT_MAX, LIMIT_MAX));
  const page = rows.slice(start, start + limit);
  const votes = page.map(([userId, ballot]) => {
    const peer = peerOf('user', userId);
    if (call.option)
      return new Api.MessagePeerVote({ peer, option: Buffer.from(call.option), date: ballot.date });
    const options = ballot.options.map((index) => poll.answers[index]!.option);
    return options.length === 1
      ? new Api.MessagePeerVote({ peer, option: options[0]!, date: ballot.date })
      : new Api.MessagePeerVoteMultiple({ peer, options, date: ballot.date });
  });
  const next = start + page.length < rows.length ? String(start + page.length) : undefined;
  const { users } = entitiesFor(
    context.state,
    self,
    page.map(([userId]) => userId),
  );
  return new Api.messages.VotesList({ count: rows.length, votes, chats: [], users, nextOffset: next });
}
