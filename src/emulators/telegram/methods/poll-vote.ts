/** messages.sendVote: vote, change a vote, or retract with an empty options vector. */
import { Api } from 'teleproto';
import { badRequest, RpcFailure, type RpcContext } from './context.js';
import { findPoll } from './poll-lookup.js';
import { isClosed, pollUpdate, pollUpdateShort } from './poll-view.js';

export function sendVote(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.SendVote;
  const { poll, conversation } = findPoll(context, call.peer, call.msgId);
  const now = context.now();
  const self = context.user.id;
  if (poll.subscribersOnly && !conversation.members.has(self))
    throw new RpcFailure(406, 'POLL_MEMBER_RESTRICTED');
  if (isClosed(poll, now)) throw badRequest('MESSAGE_POLL_CLOSED');

  const chosen: number[] = [];
  for (const option of (call.options ?? []) as Buffer[]) {
    const index = poll.answers.findIndex((answer) => answer.option.equals(Buffer.from(option)));
    if (index < 0 || chosen.includes(index)) throw badRequest('OPTION_INVALID');
    chosen.push(index);
  }
  if (chosen.length > 1 && !poll.multipleChoice) throw badRequest('OPTIONS_TOO_MUCH');

  const previous = poll.votes.get(self);
  // a cast ballot is final when revoting is off, and always in a quiz
  if (previous && (poll.revotingDisabled || poll.quiz)) throw badRequest('REVOTE_NOT_ALLOWED');
  if (chosen.length === 0) poll.votes.delete(self);
  else {
    poll.votes.delete(self); // re-insert: the map keeps vote order for recent voters
    poll.votes.set(self, { options: chosen, date: now });
  }
  if (previous || chosen.length > 0) {
    context.push(conversation.members, (viewerId) => pollUpdateShort(poll, viewerId, now));
  }
  return new Api.Updates({ updates: [pollUpdate(poll, self, now)], users: [], chats: [], date: now, seq: 0 });
}
