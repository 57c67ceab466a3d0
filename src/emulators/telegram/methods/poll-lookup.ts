/** The poll in (peer, msg_id), or the documented "no such message" error of the calling method. */
import { messageKey, type TgPoll } from '../store/state.js';
import { badRequest, type RpcContext } from './context.js';
import { resolvePeer, type Conversation } from './entities.js';

export function findPoll(
  context: RpcContext,
  peer: unknown,
  msgId: unknown,
  notFound: 'MESSAGE_ID_INVALID' | 'MSG_ID_INVALID' = 'MESSAGE_ID_INVALID',
): { poll: TgPoll; conversation: Conversation } {
  const conversation = resolvePeer(context, peer);
  const id = Number(msgId);
  const message = Number.isInteger(id)
    ? context.state.messages.get(messageKey(conversation.key, id))
    : undefined;
  const poll = message ? context.state.polls.get(message.pollId) : undefined;
  if (!poll) throw badRequest(notFound);
  return { poll, conversation };
}
