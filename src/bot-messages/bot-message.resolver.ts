/** Messages as a bot: send, edit, delete, mark read, react (imbot.v2.Chat.Message.*). */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { ValidationFailed, type UserError } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { sendBotMessageOperation } from './bot-message.send.js';
import { isBotDialogId } from '../validation/dialog-id.js';
import { updateBotMessageOperation } from './bot-message.update.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { BOT_FAILURE } from './bot-failure.js';
import { resolveBotAuth } from './bot-identity.js';
import { checkMessageId } from './message-id.validation.js';
import {
  BotReactionInput,
  DeleteBotMessageInput,
  MarkBotMessagesReadInput,
  SendBotMessageInput,
  UpdateBotMessageInput,
} from './bot.inputs.js';
import { BOT_BACKEND } from './bot.backend.js';
import {
  BotReactionResult,
  BotReactionSuccess,
  DeleteBotMessageResult,
  DeleteBotMessageSuccess,
  MarkBotMessagesReadResult,
  MarkBotMessagesReadSuccess,
  SendBotMessageResult,
  SendBotMessageSuccess,
  UpdateBotMessageResult,
  UpdateBotMessageSuccess,
} from './bot.results.js';

const REACTION = /^[A-Za-z]{1,64}$/;

@Resolver()
export class BotMessageResolver {
  @Mutation(() => SendBotMessageResult, {
    description:
      'Sends a message as the bot (imbot.v2.Chat.Message.send). Pass idempotencyKey to make retries safe.',
  })
  sendBotMessage(
    @Arg('input', () => SendBotMessageInput, { description: 'The bot, the chat and the message.' })
    input: SendBotMessageInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<SendBotMessageSuccess | UserError> {
    return sendBotMessageOperation(ctx, input);
  }

  @Mutation(() => UpdateBotMessageResult, {
    description: "Changes one of the bot's own messages (system messages cannot be changed).",
  })
  updateBotMessage(
    @Arg('input', () => UpdateBotMessageInput, { description: 'The bot, the message and its new content.' })
    input: UpdateBotMessageInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<UpdateBotMessageSuccess | UserError> {
    return updateBotMessageOperation(ctx, input);
  }

  @Mutation(() => DeleteBotMessageResult, {
    description: "Deletes a message: the bot's own, or any message if the bot is a chat admin.",
  })
  async deleteBotMessage(
    @Arg('input', () => DeleteBotMessageInput, { description: 'The bot and the message.' })
    input: DeleteBotMessageInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<DeleteBotMessageSuccess | UserError> {
    const badId = checkMessageId(input.messageId, 'input.messageId');
    if (badId) return badId;
    const auth = await resolveBotAuth(ctx, input.botId);
    if (auth instanceof ValidationFailed) return auth;
    try {
      const options = input.complete == null ? {} : { complete: input.complete };
      await ctx.backend(BOT_BACKEND).deleteMessage(auth, input.messageId, options);
      return Object.assign(new DeleteBotMessageSuccess(), { messageId: input.messageId });
    } catch (e) {
      return failureToUserError(e, BOT_FAILURE);
    }
  }

  @Mutation(() => MarkBotMessagesReadResult, {
    description: 'Marks messages of a dialog as read by the bot.',
  })
  async markBotMessagesRead(
    @Arg('input', () => MarkBotMessagesReadInput, {
      description: 'The bot, the chat and how far it has read.',
    })
    input: MarkBotMessagesReadInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MarkBotMessagesReadSuccess | UserError> {
    const badId = checkMessageId(input.upToMessageId, 'input.upToMessageId');
    if (badId) return badId;
    if (!isBotDialogId(input.dialogId)) {
      return new ValidationFailed('input.dialogId', 'Use "chat<chatId>" or a user id.', 'pattern');
    }
    const auth = await resolveBotAuth(ctx, input.botId);
    if (auth instanceof ValidationFailed) return auth;
    try {
      const upTo = input.upToMessageId ?? undefined;
      const read = await ctx.backend(BOT_BACKEND).readMessages(auth, input.dialogId, upTo);
      return Object.assign(new MarkBotMessagesReadSuccess(), {
        chatId: read.chatId,
        lastReadMessageId: read.lastId,
        unreadCount: read.counter,
        viewedMessageIds: read.viewedMessages,
      });
    } catch (e) {
      return failureToUserError(e, BOT_FAILURE);
    }
  }

  @Mutation(() => BotReactionResult, { description: "Sets the bot's reaction on a message." })
  addBotReaction(
    @Arg('input', () => BotReactionInput, { description: 'The bot, the message and the reaction.' })
    input: BotReactionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BotReactionSuccess | UserError> {
    return react(ctx, input, 'addReaction');
  }

  @Mutation(() => BotReactionResult, {
    description: "Removes the bot's reaction from a message (removing one that is not set succeeds).",
  })
  removeBotReaction(
    @Arg('input', () => BotReactionInput, { description: 'The bot, the message and the reaction.' })
    input: BotReactionInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BotReactionSuccess | UserError> {
    return react(ctx, input, 'deleteReaction');
  }
}

async function react(
  ctx: GraphQLContext,
  input: BotReactionInput,
  call: 'addReaction' | 'deleteReaction',
): Promise<BotReactionSuccess | UserError> {
  const badId = checkMessageId(input.messageId, 'input.messageId');
  if (badId) return badId;
  if (!REACTION.test(input.reaction)) {
    return new ValidationFailed(
      'input.reaction',
      'A reaction code is a word such as like or fire.',
      'pattern',
    );
  }
  const auth = await resolveBotAuth(ctx, input.botId);
  if (auth instanceof ValidationFailed) return auth;
  try {
    await ctx.backend(BOT_BACKEND)[call](auth, input.messageId, input.reaction);
    return Object.assign(new BotReactionSuccess(), { messageId: input.messageId, reaction: input.reaction });
  } catch (e) {
    return failureToUserError(e, BOT_FAILURE);
  }
}
