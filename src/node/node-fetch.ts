/**
 * One decoded id -> the object as the caller sees it now, through each feature's per-request
 * loader, so that `nodes` with many ids costs what `polls` / `recentChats { chat }` cost.
 *
 * Refetchable: Poll, Question, Answer (the poll by attachId, then the part), Chat (im.dialog.get
 * of "chat<chatId>"), Bot (imbot.v2.Bot.get), User (only the caller: user.current). Not
 * refetchable, null without a portal call: RecentChat (the portal reads recent entries only as
 * pages of im.recent.list), BotMessage (the id does not name the bot that read it, and only
 * supervisor/personal bots may read messages), a User other than the caller (no user read here).
 * "Not visible to this caller" is null too, never an error.
 */
import { Chat } from '../chats/chat.types.js';
import { chatLoaderOf } from '../chats/chat.loader.js';
import { isNotVisible } from '../graphql-errors/not-visible.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { POLL_BACKEND } from '../polls/poll.backend.js';
import { toPollObject, type PollObject } from '../polls/poll.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { viewerUserOf } from '../viewer/viewer-user.js';
import { botNodeLoaderOf } from './bot-node.loader.js';
import type { Node } from '../graphql/node.interface.js';
import type { NodeRef, NodeType } from '../graphql/global-id.js';

export const REFETCHABLE_TYPES: readonly NodeType[] = ['Poll', 'Question', 'Answer', 'Chat', 'Bot', 'User'];

/** A poll the caller cannot read (missing, or not a member of its chat) is simply not there. */
function isInvisiblePoll(error: unknown): boolean {
  return isNotVisible(error, [UserErrorCode.POLL_NOT_FOUND, UserErrorCode.PERMISSION_DENIED]);
}

async function pollNode(ctx: GraphQLContext, attachId: number): Promise<PollObject | null> {
  try {
    return toPollObject(await ctx.backend(POLL_BACKEND).read({ attachId }));
  } catch (error) {
    if (isInvisiblePoll(error)) return null;
    throw error;
  }
}

export async function fetchNode(ctx: GraphQLContext, ref: NodeRef): Promise<Node | null> {
  switch (ref.type) {
    case 'Poll':
      return pollNode(ctx, ref.attachId);
    case 'Question': {
      const poll = await pollNode(ctx, ref.attachId);
      return poll?.questions.find((q) => q.questionId === ref.questionId) ?? null;
    }
    case 'Answer': {
      const poll = await pollNode(ctx, ref.attachId);
      const answers = poll?.questions.flatMap((q) => q.answers) ?? [];
      return answers.find((a) => a.answerId === ref.answerId) ?? null;
    }
    case 'Chat': {
      const chat = await chatLoaderOf(ctx).load(`chat${ref.chatId}`);
      return chat === null ? null : Chat.fromModel(chat);
    }
    case 'Bot':
      return botNodeLoaderOf(ctx).load(ref.botId);
    case 'User': {
      // In webhook mode the caller's id is known up front: another user's id costs nothing.
      const known = ctx.identity.userId;
      if (known !== undefined && known !== ref.userId) return null;
      const me = await viewerUserOf(ctx);
      return me !== null && me.userId === ref.userId ? me : null;
    }
    case 'RecentChat':
    case 'BotMessage':
      return null;
  }
}
