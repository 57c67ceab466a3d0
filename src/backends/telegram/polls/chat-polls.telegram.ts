/**
 * The Telegram side of Chat.polls and Poll.author (the poll port's `chatPolls` and `author`).
 *
 * - A page is one messages.search with the poll filter (poll-history.ts): its messages carry the
 *   polls with their results, so a page of up to 50 polls costs one call; only a poll whose results
 *   come back `min` (totals without the caller's choices) is read again with getPollResults. The
 *   page's polls and authors are remembered for the rest of the request.
 * - The author of a poll read by reference comes from its message (one messages.getMessages for
 *   all such polls of the request, basic groups and private chats); channel posts name no user.
 */
import DataLoader from 'dataloader';
import type { ChatPollAuthor, ChatPollsPage, ChatPollsRequest } from '../../../polls/chat-polls.model.js';
import type { Poll, PollRef, TelegramPollKey } from '../../../polls/poll.model.js';
import type { TelegramActor } from '../access/telegram-access.port.js';
import { parseTelegramPeer, type TelegramPeer } from './peer-address.js';
import { refKey, type TelegramAuthor } from './poll-history.js';
import type { TelegramPoll } from './telegram-poll.types.js';

export interface ChatPollsDeps {
  /** Runs a call as the caller's session, with its failures mapped (poll.telegram.ts). */
  as<T>(call: (actor: TelegramActor) => Promise<T>): Promise<T>;
  /** The poll backend's cached read (getPollResults), for `min` results. */
  read(ref: PollRef): Promise<Poll>;
  /** The feature's Poll of a Telegram poll, as this session sees it. */
  toPoll(poll: TelegramPoll, actor: TelegramActor): Poll;
  /** Keeps a poll for the rest of the request. */
  remember(poll: Poll): void;
}

const asAuthor = (author: TelegramAuthor | null): ChatPollAuthor | null =>
  author === null
    ? null
    : { backend: 'tg', userId: author.userId, name: author.name, avatarUrl: null, workPosition: null };

function peerOf(dialogId: string): TelegramPeer {
  const peer = parseTelegramPeer(dialogId);
  if (peer === null) throw new Error('not a Telegram dialog id');
  return peer;
}

export function createTelegramChatPolls(deps: ChatPollsDeps) {
  const authorLoader = new DataLoader<TelegramPollKey, ChatPollAuthor | null, string>(
    async (keys) => {
      const refs = keys.map((key) => ({ peer: peerOf(key.dialogId), msgId: key.messageId }));
      const found = await deps.as((actor) => actor.polls.authors(refs));
      return refs.map((ref) => asAuthor(found.get(refKey(ref)) ?? null));
    },
    { cacheKeyFn: (key) => `${key.dialogId}#${key.messageId}` },
  );

  async function chatPolls(request: ChatPollsRequest): Promise<ChatPollsPage> {
    const peer = peerOf(request.dialogId);
    const page = await deps.as((actor) => actor.polls.pollMessages(peer, request.before, request.first));
    const items = await Promise.all(
      page.messages.map(async (message) => {
        const key: TelegramPollKey = { backend: 'tg', dialogId: request.dialogId, messageId: message.msgId };
        let poll: Poll;
        if (message.poll === null) poll = await deps.read(key);
        else {
          const found = message.poll;
          poll = await deps.as(async (actor) => deps.toPoll(found, actor));
          deps.remember(poll);
        }
        const author = asAuthor(message.author);
        authorLoader.prime(key, author);
        return {
          poll,
          origin: { chatId: 0, dialogId: request.dialogId, messageId: message.msgId, author },
        };
      }),
    );
    const last = page.messages.at(-1);
    return {
      items,
      hasNextPage: page.more,
      nextBefore: page.more && last !== undefined ? last.msgId : null,
    };
  }

  return {
    chatPolls,
    author: (ref: PollRef): Promise<ChatPollAuthor | null> => {
      if (!('backend' in ref) || ref.backend !== 'tg') return Promise.resolve(null);
      return authorLoader.load(ref);
    },
  };
}
