/** messages.editMessage with inputMediaPoll{poll.closed}: closing a poll; a closed poll stays closed. */
import { Api } from 'teleproto';
import { badRequest, RpcFailure, type RpcContext } from './context.js';
import { entitiesFor } from './entities.js';
import { findPoll } from './poll-lookup.js';
import { apiPollMessage, isClosed, pollUpdate, pollUpdateShort } from './poll-view.js';

export function editMessage(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.EditMessage;
  const { poll, conversation } = findPoll(context, call.peer, call.id);
  const now = context.now();
  if (poll.creatorId !== context.user.id) throw new RpcFailure(403, 'MESSAGE_AUTHOR_REQUIRED');
  const media = call.media as Api.InputMediaPoll | undefined;
  if (media?.className !== 'InputMediaPoll') throw badRequest('MEDIA_INVALID');
  const wantClosed = (media.poll as Api.Poll).closed === true;
  if (isClosed(poll, now)) {
    // no way back: reopening (or closing twice) a closed poll is refused
    throw badRequest(wantClosed ? 'MESSAGE_NOT_MODIFIED' : 'MESSAGE_POLL_CLOSED');
  }
  if (!wantClosed) throw badRequest('MESSAGE_NOT_MODIFIED');
  poll.closed = true;

  context.push(conversation.members, (viewerId) => pollUpdateShort(poll, viewerId, now));
  const message = apiPollMessage(poll, context.user.id, now);
  const edit =
    conversation.kind === 'channel'
      ? new Api.UpdateEditChannelMessage({ message, pts: 0, ptsCount: 0 })
      : new Api.UpdateEditMessage({ message, pts: 0, ptsCount: 0 });
  const { users, chats } = entitiesFor(context.state, context.user.id, [context.user.id], conversation.chat);
  return new Api.Updates({
    updates: [edit, pollUpdate(poll, context.user.id, now)],
    users,
    chats,
    date: now,
    seq: 0,
  });
}
