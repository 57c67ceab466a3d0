/**
 * A chat's messages, newest first: messages.search (with inputMessagesFilterPoll, or no filter) and
 * messages.getHistory. Only poll messages exist on this server, so both list the conversation's poll
 * messages; any other search filter finds nothing. Paging as Telegram documents it: `offset_id`
 * (only messages older than it; 0 for the newest), `limit` (at most 100 here), `add_offset`, `max_id`
 * and `min_id` (exclusive bounds). Basic groups and private chats answer messages.messagesSlice with
 * the total `count`; channels answer messages.channelMessages.
 */
import { Api } from 'teleproto';
import type { TgPoll } from '../store/state.js';
import type { RpcContext } from './context.js';
import { entitiesFor, resolvePeer, type Conversation } from './entities.js';
import { apiPollMessage } from './poll-view.js';

const LIMIT_MAX = 100;

interface Window {
  offsetId: number;
  addOffset: number;
  limit: number;
  maxId: number;
  minId: number;
}

export function search(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.Search;
  const conversation = resolvePeer(context, call.peer);
  const filter = (call.filter as { className?: string } | undefined)?.className;
  const pollsOnly = filter === 'InputMessagesFilterPoll' || filter === 'InputMessagesFilterEmpty';
  return page(context, conversation, pollsOnly ? pollsOf(context, conversation) : [], call);
}

export function getHistory(context: RpcContext, request: Api.AnyRequest): object {
  const call = request as Api.messages.GetHistory;
  const conversation = resolvePeer(context, call.peer);
  return page(context, conversation, pollsOf(context, conversation), call);
}

/** The conversation's polls, newest first. */
function pollsOf(context: RpcContext, conversation: Conversation): TgPoll[] {
  const found: TgPoll[] = [];
  for (const message of context.state.messages.values()) {
    if (message.conversation !== conversation.key) continue;
    const poll = context.state.polls.get(message.pollId);
    if (poll) found.push(poll);
  }
  return found.sort((a, b) => b.msgId - a.msgId);
}

function page(context: RpcContext, conversation: Conversation, all: TgPoll[], window: Window): object {
  const self = context.user.id;
  const now = context.now();
  const limit = Math.max(0, Math.min(window.limit || LIMIT_MAX, LIMIT_MAX));
  const inRange = all.filter(
    (poll) =>
      (window.maxId <= 0 || poll.msgId < window.maxId) && (window.minId <= 0 || poll.msgId > window.minId),
  );
  // offset_id 0 starts at the newest message; otherwise just below offset_id
  const start = window.offsetId > 0 ? inRange.findIndex((poll) => poll.msgId < window.offsetId) : 0;
  const from = Math.max(0, (start === -1 ? inRange.length : start) + (window.addOffset || 0));
  const shown = inRange.slice(from, from + limit);
  const messages = shown.map((poll) => apiPollMessage(poll, self, now));
  const { users, chats } = entitiesFor(
    context.state,
    self,
    shown.map((poll) => poll.creatorId),
    conversation.chat,
  );
  if (conversation.kind === 'channel') {
    return new Api.messages.ChannelMessages({
      pts: 1,
      count: inRange.length,
      messages,
      topics: [],
      chats,
      users,
    });
  }
  return new Api.messages.MessagesSlice({ count: inRange.length, messages, topics: [], chats, users });
}
