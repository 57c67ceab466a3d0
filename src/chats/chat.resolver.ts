/** Queries `chat` and `recentChats`, and `RecentChat.chat` through the per-request chat loader. */
import { asGraphQLFailure } from '../graphql-errors/not-visible.js';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput, UserErrorCode } from '../graphql-errors/index.js';
import { namesTelegram } from '../validation/telegram-dialog-id.js';
import { CHAT_BACKEND, TELEGRAM_CHAT_BACKEND } from './chat.backend.js';
import type { GraphQLContext } from '../graphql/context.js';
import { chatLoaderOf } from './chat.reader.js';
import { Chat } from './chat.types.js';
import { parseDialogId } from './dialog-id.js';
import { DEFAULT_RECENT_PAGE, MAX_RECENT_PAGE, readRecentChats } from './recent-chats.page.js';
import { ChatConnection, ChatEdge, PageInfo, RecentChat } from './recent-chat.types.js';
import { decodeRecentCursor, FIRST_PAGE } from './recent-cursor.js';

@Resolver()
export class ChatResolver {
  @Query(() => Chat, {
    nullable: true,
    description:
      'A chat by dialog id ("chatN", "sgN", or a user id for a one-to-one dialog; "tg:chat:N", "tg:channel:N" or ' +
      '"tg:user:N" for a Telegram chat, as the caller\'s linked Telegram session sees it). Null when the chat does not ' +
      'exist or the caller is not a member (Telegram: not in the group, not subscribed to the channel, or no linked ' +
      'session): the portal answers both alike. A malformed id is a BAD_USER_INPUT error (reason INVALID_DIALOG_ID) ' +
      'and costs no portal call; a Telegram id on a server without Telegram is BAD_USER_INPUT (reason NOT_SUPPORTED).',
  })
  async chat(
    @Arg('dialogId', {
      description: 'The dialog id: "chatN", "sgN", a user id, or "tg:chat:N" / "tg:channel:N" / "tg:user:N".',
    })
    dialogId: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Chat | null> {
    const id = parseDialogId(dialogId);
    if (namesTelegram(id) && ctx.backend(TELEGRAM_CHAT_BACKEND) === null) {
      throw badUserInput(
        'Telegram chats are not available: this server has no Telegram configured.',
        UserErrorCode.NOT_SUPPORTED,
        { argument: 'dialogId' },
      );
    }
    const found = await chatLoaderOf(ctx).load(id);
    return found === null ? null : Chat.fromModel(found);
  }

  @Query(() => ChatConnection, {
    description:
      "The caller's chats and dialogs, newest activity first (im.recent.list). `first` is 1..200 (default 20); " +
      'pass `pageInfo.endCursor` as `after` for the next page.',
  })
  async recentChats(
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, { defaultValue: DEFAULT_RECENT_PAGE, description: 'Page size, 1..200.' })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'A cursor from an earlier page.' })
    after?: string | null,
  ): Promise<ChatConnection> {
    if (!Number.isInteger(first) || first < 1 || first > MAX_RECENT_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_RECENT_PAGE}.`, 'INVALID_PAGE_SIZE', {
        argument: 'first',
        min: 1,
        max: MAX_RECENT_PAGE,
      });
    }
    const from = after === undefined || after === null ? FIRST_PAGE : decodeRecentCursor(after);
    if (from === null) {
      throw badUserInput('after is not a cursor of recentChats.', 'INVALID_CURSOR', { argument: 'after' });
    }
    let page;
    try {
      page = await readRecentChats(ctx.backend(CHAT_BACKEND), first, from);
    } catch (error) {
      throw asGraphQLFailure(error);
    }
    return Object.assign(new ChatConnection(), {
      edges: page.edges.map(({ cursor, item }) =>
        Object.assign(new ChatEdge(), { cursor, node: RecentChat.fromModel(item) }),
      ),
      pageInfo: Object.assign(new PageInfo(), { hasNextPage: page.hasNextPage, endCursor: page.endCursor }),
    });
  }
}

@Resolver(() => RecentChat)
export class RecentChatResolver {
  @FieldResolver(() => Chat, {
    nullable: true,
    description: 'Details of this chat (im.dialog.get, batched per request); null if no longer visible.',
  })
  async chat(@Root() recent: RecentChat, @Ctx() ctx: GraphQLContext): Promise<Chat | null> {
    const found = await chatLoaderOf(ctx).load(recent.dialogId.toLowerCase());
    return found === null ? null : Chat.fromModel(found);
  }
}
