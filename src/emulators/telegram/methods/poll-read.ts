/** Reading polls: messages.getPollResults and messages.getMessages (the poll in its message). */
import { Api } from 'teleproto';
import type { RpcContext } from './context.js';
import { chatKey } from '../store/state.js';
import { entitiesFor } from './entities.js';
import { findPoll } from './poll-lookup.js';
import { apiPollMessage, pollUpdate } from './poll-view.js';

export function getPollResults(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.GetPollResults;
  const { poll } = findPoll(context, call.peer, call.msgId);
  const now = context.now();
  return new Api.Updates({
    updates: [pollUpdate(poll, context.user.id, now)],
    users: [],
    chats: [],
    date: now,
    seq: 0,
  });
}

/**
 * messages.getMessages by id, for basic groups and private chats (channel messages need
 * channels.getMessages, not served here). An id that is not a poll the caller can see is left out,
 * as Telegram leaves out ids it cannot return.
 */
export function getMessages(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.GetMessages;
  const now = context.now();
  const self = context.user.id;
  const messages: Api.Message[] = [];
  const userIds = new Set<number>([self]);
  for (const input of call.id as Array<{ className: string; id?: number }>) {
    if (input.className !== 'InputMessageID' || input.id === undefined) continue;
    for (const stored of context.state.messages.values()) {
      if (stored.id !== input.id || stored.conversation.startsWith('channel:')) continue;
      const poll = context.state.polls.get(stored.pollId);
      if (!poll || !visibleTo(context, poll.peer, poll.creatorId)) continue;
      messages.push(apiPollMessage(poll, self, now));
      userIds.add(poll.creatorId);
    }
  }
  const chats = [
    ...new Set(
      messages.map((m) => (m.peerId.className === 'PeerChat' ? Number(String(m.peerId.chatId)) : 0)),
    ),
  ]
    .filter((id) => id > 0)
    .map((id) => context.state.chats.get(chatKey('chat', id)))
    .filter((chat) => chat !== undefined);
  const entities = entitiesFor(context.state, self, userIds);
  return new Api.messages.Messages({
    messages,
    topics: [],
    chats: chats.map((chat) => entitiesFor(context.state, self, [], chat).chats[0]!),
    users: entities.users,
  });
}

function visibleTo(context: RpcContext, peer: { kind: string; id: number }, creatorId: number): boolean {
  const self = context.user.id;
  if (peer.kind === 'user') return self === creatorId || self === peer.id;
  return context.state.chats.get(chatKey('chat', peer.id))?.members.has(self) === true;
}
