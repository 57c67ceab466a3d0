/** Success types and result unions of the bot operations (docs/architecture.md §5: business failures are data). */
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { createResultUnion } from '../graphql-errors/result-union.js';
import {
  AlreadyExists,
  BotNotFound,
  ChatNotFound,
  LimitExceeded,
  MessageNotFound,
  PermissionDenied,
  ValidationFailed,
} from '../graphql-errors/user-error.types.js';
import {
  BotNotInChat,
  BotTypeNotAllowed,
  ReactionAlreadySet,
  SystemMessageNotEditable,
} from './bot-errors.types.js';
import { BotMessageObject, BotObject } from './bot.types.js';

@ObjectType({ description: 'The bot, new or (for a repeated code) the existing one.' })
export class RegisterBotSuccess {
  @Field(() => BotObject, { description: 'The registered bot.' })
  bot!: BotObject;
}

@ObjectType({ description: 'The bot is a member of the chat now (or was already).' })
export class AddBotToChatSuccess {
  @Field(() => Int, { description: 'The bot.' })
  botId!: number;

  @Field(() => Int, { description: 'The chat.' })
  chatId!: number;

  @Field({ description: 'Dialog id to send to: "chat<chatId>".' })
  dialogId!: string;
}

@ObjectType({ description: 'A forwarded message and its new copy.' })
export class BotForwardedMessage {
  @Field(() => Int, { description: 'The original message.' })
  originalMessageId!: number;

  @Field(() => Int, { description: 'The copy in the target dialog.' })
  messageId!: number;
}

@ObjectType({ description: 'The message was sent (or, for a repeated idempotency key, had been sent).' })
export class SendBotMessageSuccess {
  @Field(() => BotMessageObject, { description: 'The message as sent.' })
  botMessage!: BotMessageObject;

  @Field(() => [BotForwardedMessage], { description: 'Forwarded copies, in the order requested.' })
  forwarded!: BotForwardedMessage[];
}

@ObjectType({ description: 'The message was changed.' })
export class UpdateBotMessageSuccess {
  @Field(() => Int, { description: 'The changed message.' })
  messageId!: number;
}

@ObjectType({ description: 'The message was deleted.' })
export class DeleteBotMessageSuccess {
  @Field(() => Int, { description: 'The deleted message.' })
  messageId!: number;
}

@ObjectType({ description: 'What the bot has read.' })
export class MarkBotMessagesReadSuccess {
  @Field(() => Int, { description: 'The chat.' })
  chatId!: number;

  @Field(() => Int, { description: 'Last message id read.' })
  lastReadMessageId!: number;

  @Field(() => Int, { description: 'Messages still unread by the bot in this chat.' })
  unreadCount!: number;

  @Field(() => [Int], { description: 'Messages marked read by this call.' })
  viewedMessageIds!: number[];
}

@ObjectType({ description: 'The reaction was set or removed.' })
export class BotReactionSuccess {
  @Field(() => Int, { description: 'The message.' })
  messageId!: number;

  @Field({ description: 'The reaction code.' })
  reaction!: string;
}

@ObjectType({ description: 'Messages around one message, oldest first.' })
export class BotMessageContext {
  @Field(() => [BotMessageObject], { description: 'The window, oldest to newest.' })
  messages!: BotMessageObject[];

  @Field({ description: 'Older messages exist before the window.' })
  hasPrevPage!: boolean;

  @Field({ description: 'Newer messages exist after the window.' })
  hasNextPage!: boolean;
}

export const RegisterBotResult = createResultUnion({
  name: 'RegisterBotResult',
  description: 'Outcome of registerBot.',
  types: () => [RegisterBotSuccess, ValidationFailed, AlreadyExists, LimitExceeded],
});
export const AddBotToChatResult = createResultUnion({
  name: 'AddBotToChatResult',
  description: 'Outcome of addBotToChat.',
  types: () => [AddBotToChatSuccess, ValidationFailed, BotNotFound, ChatNotFound],
});
export const SendBotMessageResult = createResultUnion({
  name: 'SendBotMessageResult',
  description: 'Outcome of sendBotMessage.',
  types: () => [SendBotMessageSuccess, ValidationFailed, BotNotFound, PermissionDenied, BotNotInChat],
});
export const UpdateBotMessageResult = createResultUnion({
  name: 'UpdateBotMessageResult',
  description: 'Outcome of updateBotMessage.',
  types: () => [
    UpdateBotMessageSuccess,
    ValidationFailed,
    BotNotFound,
    PermissionDenied,
    MessageNotFound,
    SystemMessageNotEditable,
  ],
});
export const DeleteBotMessageResult = createResultUnion({
  name: 'DeleteBotMessageResult',
  description: 'Outcome of deleteBotMessage.',
  types: () => [DeleteBotMessageSuccess, ValidationFailed, BotNotFound, PermissionDenied],
});
export const MarkBotMessagesReadResult = createResultUnion({
  name: 'MarkBotMessagesReadResult',
  description: 'Outcome of markBotMessagesRead.',
  types: () => [
    MarkBotMessagesReadSuccess,
    ValidationFailed,
    BotNotFound,
    PermissionDenied,
    BotNotInChat,
    MessageNotFound,
  ],
});
export const BotReactionResult = createResultUnion({
  name: 'BotReactionResult',
  description: 'Outcome of addBotReaction / removeBotReaction.',
  types: () => [
    BotReactionSuccess,
    ValidationFailed,
    BotNotFound,
    PermissionDenied,
    BotNotInChat,
    ReactionAlreadySet,
  ],
});
export const BotMessageResult = createResultUnion({
  name: 'BotMessageResult',
  description: 'Outcome of botMessage.',
  types: () => [
    BotMessageObject,
    ValidationFailed,
    BotNotFound,
    PermissionDenied,
    BotTypeNotAllowed,
    MessageNotFound,
  ],
});
export const BotMessageContextResult = createResultUnion({
  name: 'BotMessageContextResult',
  description: 'Outcome of botMessageContext.',
  types: () => [
    BotMessageContext,
    ValidationFailed,
    BotNotFound,
    PermissionDenied,
    BotTypeNotAllowed,
    MessageNotFound,
  ],
});
