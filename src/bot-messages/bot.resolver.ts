/** Bots themselves: register, add to a chat, list; reading history (supervisor/personal bots). */
import { asGraphQLFailure, isNotVisible } from '../graphql-errors/not-visible.js';
import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { BotNotFound, ValidationFailed, type UserError } from '../graphql-errors/user-error.types.js';
import { CHAT_BACKEND } from '../chats/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { BOT_FAILURE } from './bot-failure.js';
import { botLookupToken, registrationToken, resolveBotAuth } from './bot-identity.js';
import { checkMessageId } from './message-id.validation.js';
import { AddBotToChatInput, RegisterBotInput } from './bot.inputs.js';
import { toBotMessageObject, toBotObject } from './bot.mappers.js';
import { BOT_BACKEND } from './bot.backend.js';
import {
  AddBotToChatResult,
  AddBotToChatSuccess,
  BotMessageContext,
  BotMessageContextResult,
  BotMessageResult,
  RegisterBotResult,
  RegisterBotSuccess,
} from './bot.results.js';
import { BotMessageObject, BotObject, BotTypeEnum } from './bot.types.js';

const BOT_CODE = /^[A-Za-z0-9_.-]{1,100}$/;
const MAX_CONTEXT_RANGE = 50;

@Resolver()
export class BotResolver {
  @Mutation(() => RegisterBotResult, {
    description:
      'Registers a bot (imbot.v2.Bot.register). Idempotent by code: a repeat returns the same bot.',
  })
  async registerBot(
    @Arg('input', () => RegisterBotInput, { description: 'The bot to register.' }) input: RegisterBotInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RegisterBotSuccess | UserError> {
    if (!BOT_CODE.test(input.code)) {
      return new ValidationFailed('input.code', 'Use 1..100 letters, digits, "_", "-" or ".".', 'pattern');
    }
    if (input.name.trim() === '')
      return new ValidationFailed('input.name', 'A bot needs a name.', 'required');
    const botToken = registrationToken(ctx, input.code);
    const type = input.type === BotTypeEnum.OTHER ? undefined : (input.type ?? undefined);
    try {
      const result = await ctx.backend(BOT_BACKEND).register({
        code: input.code,
        ...(botToken === undefined ? {} : { botToken }),
        properties: {
          name: input.name,
          ...(input.lastName ? { lastName: input.lastName } : {}),
          ...(input.workPosition ? { workPosition: input.workPosition } : {}),
        },
        ...(type ? { type } : {}),
        ...(input.isHidden != null ? { isHidden: input.isHidden } : {}),
        ...(input.isReactionsEnabled != null ? { isReactionsEnabled: input.isReactionsEnabled } : {}),
      });
      return Object.assign(new RegisterBotSuccess(), { bot: toBotObject(result.bot, result.users) });
    } catch (e) {
      return failureToUserError(e, BOT_FAILURE);
    }
  }

  @Mutation(() => AddBotToChatResult, {
    description:
      'Adds a bot to a group chat (im.chat.user.add) as the calling user, who must be a member of the chat. ' +
      'An id that is not a bot is BotNotFound, and the chat is left unchanged.',
  })
  async addBotToChat(
    @Arg('input', () => AddBotToChatInput, { description: 'The bot and the chat.' }) input: AddBotToChatInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AddBotToChatSuccess | UserError> {
    const botId = input.botId ?? ctx.config.bots.defaultBotId;
    if (botId === null || botId <= 0) {
      return new ValidationFailed('input.botId', 'Give a positive botId.', 'required');
    }
    if (input.chatId <= 0) return new ValidationFailed('input.chatId', 'chatId must be positive.', 'min');
    const missing = await unknownBot(ctx, botId);
    if (missing) return missing;
    try {
      await ctx.backend(CHAT_BACKEND).addUsers(input.chatId, [botId]);
    } catch (e) {
      return failureToUserError(e, { field: 'input.chatId' });
    }
    return Object.assign(new AddBotToChatSuccess(), {
      botId,
      chatId: input.chatId,
      dialogId: `chat${input.chatId}`,
    });
  }

  @Query(() => [BotObject], {
    description: 'The bots registered by this application (webhook mode: by the configured bot token).',
  })
  async bots(@Ctx() ctx: GraphQLContext): Promise<BotObject[]> {
    const auth = ctx.identity.mode === 'webhook' ? { botToken: registrationToken(ctx, '') } : {};
    try {
      const list = await ctx.backend(BOT_BACKEND).list({ ...auth, limit: 100 });
      return list.bots.map((bot) => toBotObject(bot, list.users));
    } catch (e) {
      throw botFailureAsError(e);
    }
  }

  @Query(() => BotMessageResult, {
    description: 'One message, read as the bot (supervisor and personal bots only).',
  })
  async botMessage(
    @Arg('messageId', () => Int, { description: 'The message.' }) messageId: number,
    @Arg('botId', () => Int, { nullable: true, description: 'Default: BITRIX24_BOT_ID.' })
    botId: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BotMessageObject | UserError> {
    const badId = checkMessageId(messageId, 'messageId');
    if (badId) return badId;
    const auth = await resolveBotAuth(ctx, botId, 'botId');
    if (auth instanceof ValidationFailed) return auth;
    try {
      const { message, user } = await ctx.backend(BOT_BACKEND).getMessage(auth, messageId);
      return toBotMessageObject(message, user ? [user] : [], auth.botId);
    } catch (e) {
      return failureToUserError(e, BOT_FAILURE);
    }
  }

  @Query(() => BotMessageContextResult, {
    description: 'Messages around one message, oldest first (supervisor and personal bots only).',
  })
  async botMessageContext(
    @Arg('messageId', () => Int, { description: 'The message at the centre.' }) messageId: number,
    @Arg('range', () => Int, { defaultValue: 20, description: 'Messages on each side, 1..50.' })
    range: number,
    @Arg('botId', () => Int, { nullable: true, description: 'Default: BITRIX24_BOT_ID.' })
    botId: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<BotMessageContext | UserError> {
    const badId = checkMessageId(messageId, 'messageId');
    if (badId) return badId;
    if (range < 1 || range > MAX_CONTEXT_RANGE) {
      return new ValidationFailed('range', `range must be 1..${MAX_CONTEXT_RANGE}.`, 'range');
    }
    const auth = await resolveBotAuth(ctx, botId, 'botId');
    if (auth instanceof ValidationFailed) return auth;
    try {
      const page = await ctx.backend(BOT_BACKEND).getMessageContext(auth, messageId, range);
      return Object.assign(new BotMessageContext(), {
        messages: page.messages.map((m) => toBotMessageObject(m, page.users, auth.botId)),
        hasPrevPage: page.hasPrevPage,
        hasNextPage: page.hasNextPage,
      });
    } catch (e) {
      return failureToUserError(e, BOT_FAILURE);
    }
  }
}

/**
 * BotNotFound when no bot has this id (a deleted bot, or a plain user's id), else null. Needed
 * before im.chat.user.add, which silently skips unknown user ids and answers success. Other
 * failures of the lookup are GraphQL errors: the result union has no type for them.
 */
async function unknownBot(ctx: GraphQLContext, botId: number): Promise<BotNotFound | null> {
  try {
    await ctx.backend(BOT_BACKEND).get({ botId }, botLookupToken(ctx, botId));
    return null;
  } catch (e) {
    if (isNotVisible(e, [UserErrorCode.BOT_NOT_FOUND])) return new BotNotFound();
    throw asGraphQLFailure(e);
  }
}

/** Queries have no union: any portal failure becomes a coded GraphQL error. */
function botFailureAsError(e: unknown): unknown {
  return asGraphQLFailure(e);
}
