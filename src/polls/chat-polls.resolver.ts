/**
 * The graph around a poll: `Chat.polls` (the chat's polls, newest first, from its history through
 * the poll backend) and `Poll.chat` / `Poll.author` (known for polls reached through their chat;
 * null otherwise for Bitrix24, since the portal's poll reads name neither; a Telegram poll names its
 * chat, and its message names the author).
 */
import { Arg, Ctx, Extensions, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Chat, chatLoaderOf, PageInfo } from '../chats/index.js';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import { asGraphQLFailure } from '../graphql-errors/not-visible.js';
import type { GraphQLContext } from '../graphql/context.js';
import { CHECK_ARGUMENTS } from '../graphql/plugins/argument-checks.plugin.js';
import { MAX_CHAT_POLLS_PAGE, type ChatPollsPage } from './chat-polls.model.js';
import { decodeChatPollsCursor, encodeChatPollsCursor } from './chat-polls.cursor.js';
import { PollConnectionObject, PollEdgeObject } from './chat-polls.types.js';
import { POLL_BACKEND, TELEGRAM_POLL_BACKEND } from './poll.backend.js';
import { namesTelegram } from '../validation/telegram-dialog-id.js';
import { toTelegramUserId } from '../graphql/global-id.js';
import { originOf, withOrigin } from './poll-origin.js';
import { toPollObject, PollObject } from './poll.types.js';
import { UserObject, userGlobalId } from '../users/index.js';

export const DEFAULT_CHAT_POLLS_PAGE = 20;

/** `first` 1..50 and an `after` of ours, or BAD_USER_INPUT (also run before execution). */
export function checkChatPollsArguments(args: Record<string, unknown>): {
  first: number;
  before: number | null;
} {
  const first = args.first ?? DEFAULT_CHAT_POLLS_PAGE;
  if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_CHAT_POLLS_PAGE) {
    throw badUserInput(`first must be between 1 and ${MAX_CHAT_POLLS_PAGE}.`, 'INVALID_PAGE_SIZE', {
      argument: 'first',
      min: 1,
      max: MAX_CHAT_POLLS_PAGE,
    });
  }
  const after = args.after;
  if (after === undefined || after === null) return { first, before: null };
  const before = typeof after === 'string' ? decodeChatPollsCursor(after) : null;
  if (before === null) {
    throw badUserInput('after is not a cursor of Chat.polls.', 'INVALID_CURSOR', { argument: 'after' });
  }
  return { first, before };
}

const EMPTY_PAGE: ChatPollsPage = { items: [], hasNextPage: false, nextBefore: null };

@Resolver(() => Chat)
export class ChatPollsResolver {
  @Extensions({ [CHECK_ARGUMENTS]: checkChatPollsArguments })
  @FieldResolver(() => PollConnectionObject, {
    description:
      `The polls posted in this chat, newest first, as the caller sees them. \`first\` is 1..${MAX_CHAT_POLLS_PAGE} ` +
      '(default 20); pass `pageInfo.endCursor` as `after` for older polls. Read from the chat history ' +
      '(im.dialog.messages.get, 50 messages per call, at most 3 calls per page) and one getMany for the ' +
      "page's polls: a page may hold fewer than `first` polls while `hasNextPage` is true when the recent " +
      'history holds few polls. Telegram chats: one messages.search with the poll filter per page (its messages ' +
      "carry the polls and results; a poll whose results come back without the caller's choices costs one " +
      'getPollResults). A malformed `after` is BAD_USER_INPUT (reason INVALID_CURSOR) before any portal call.',
  })
  async polls(
    @Root() chat: Chat,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, {
      defaultValue: DEFAULT_CHAT_POLLS_PAGE,
      description: `Page size, 1..${MAX_CHAT_POLLS_PAGE}.`,
    })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from an earlier page.' })
    after?: string | null,
  ): Promise<PollConnectionObject> {
    const request = checkChatPollsArguments({ first, after });
    // a Telegram chat's polls are Telegram polls (its chat was read through Telegram, so it is configured)
    const backend = namesTelegram(chat.dialogId)
      ? ctx.backend(TELEGRAM_POLL_BACKEND)
      : ctx.backend(POLL_BACKEND);
    let page: ChatPollsPage;
    try {
      page =
        backend?.chatPolls === undefined
          ? EMPTY_PAGE
          : await backend.chatPolls({ dialogId: chat.dialogId, ...request });
    } catch (error) {
      throw asGraphQLFailure(error);
    }
    return Object.assign(new PollConnectionObject(), {
      edges: page.items.map(({ poll, origin }) =>
        Object.assign(new PollEdgeObject(), {
          cursor: encodeChatPollsCursor(origin.messageId),
          node: withOrigin(toPollObject(poll), origin),
        }),
      ),
      pageInfo: Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        endCursor: page.nextBefore === null ? null : encodeChatPollsCursor(page.nextBefore),
      }),
    });
  }
}

@Resolver(() => PollObject)
export class PollOriginResolver {
  @FieldResolver(() => Chat, {
    nullable: true,
    description:
      'The chat the poll was posted in (im.dialog.get, batched per request). Null when the caller cannot see ' +
      "that chat, and for a Bitrix24 poll not reached through its chat (poll, polls, node, mutations): the portal's " +
      'poll reads do not name the chat. A Telegram poll always names its chat (messages.getChats / ' +
      'channels.getChannels, batched per request).',
  })
  async chat(@Root() poll: PollObject, @Ctx() ctx: GraphQLContext): Promise<Chat | null> {
    // a Telegram poll names its chat (dialogId) however it was reached
    const dialogId = originOf(poll)?.dialogId ?? poll.dialogId;
    if (dialogId === undefined || dialogId === null) return null;
    const found = await chatLoaderOf(ctx).load(dialogId.toLowerCase());
    return found === null ? null : Chat.fromModel(found);
  }

  @FieldResolver(() => UserObject, {
    nullable: true,
    description:
      "Who posted the poll: the author of its chat message, as the chat history names them (no extra portal call). Null where unknown: a Bitrix24 poll not reached through its chat's history, or a system message. Telegram: the message's sender (a Telegram user; userId is their Telegram id), also for a poll read by reference (one messages.getMessages for all such polls of a request); null for a channel post, which names no user.",
  })
  async author(@Root() poll: PollObject, @Ctx() ctx: GraphQLContext): Promise<UserObject | null> {
    const origin = originOf(poll);
    let author = origin?.author ?? null;
    if (origin === undefined && poll.dialogId !== null && poll.messageId !== null) {
      // a Telegram poll read by reference: its message names the author (batched per request)
      const backend = ctx.backend(TELEGRAM_POLL_BACKEND);
      try {
        author =
          (await backend?.author?.({ backend: 'tg', dialogId: poll.dialogId, messageId: poll.messageId })) ??
          null;
      } catch (error) {
        throw asGraphQLFailure(error);
      }
    }
    if (author === null) return null;
    return Object.assign(new UserObject(), {
      id: author.backend === 'tg' ? toTelegramUserId(author.userId) : userGlobalId(author.userId),
      userId: author.userId,
      name: author.name,
      avatarUrl: author.avatarUrl,
      workPosition: author.workPosition,
    });
  }
}
