/** GraphQL inputs of the bot mutations. A bot token is never an argument (see bot-identity.ts). */
import 'reflect-metadata';
import { Field, InputType, Int } from 'type-graphql';
import { BotAttachmentInput } from './attach.inputs.js';
import { BotTypeEnum } from './bot.types.js';
import { BotKeyboardRowInput } from './keyboard.inputs.js';

@InputType({ description: 'Register a bot; a repeat with the same code returns the same bot unchanged.' })
export class RegisterBotInput {
  @Field({ description: 'Unique per application; the key that makes registration idempotent.' })
  code!: string;

  @Field({ description: "The bot's display name." })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Last name.' })
  lastName?: string | null;

  @Field(() => String, { nullable: true, description: 'Job title shown under the name.' })
  workPosition?: string | null;

  @Field(() => BotTypeEnum, { nullable: true, description: 'Default BOT.' })
  type?: BotTypeEnum | null;

  @Field(() => Boolean, { nullable: true, description: 'Hide the bot from the user list.' })
  isHidden?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Let users react to its messages (default true).' })
  isReactionsEnabled?: boolean | null;
}

@InputType({ description: 'Add a bot to a group chat, acting as the calling user (who must be a member).' })
export class AddBotToChatInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field(() => Int, { description: 'The group chat id (dialog "chat<chatId>").' })
  chatId!: number;
}

@InputType({ description: 'A message sent as a bot.' })
export class SendBotMessageInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field({ description: '"chat<chatId>" for a group chat, or a user id for a one-to-one dialog.' })
  dialogId!: string;

  @Field(() => String, { nullable: true, description: 'Text with BB codes; at most 20,000 characters.' })
  text?: string | null;

  @Field(() => BotAttachmentInput, { nullable: true, description: 'A rich attachment.' })
  attach?: BotAttachmentInput | null;

  @Field(() => [BotKeyboardRowInput], { nullable: true, description: 'Keyboard rows under the message.' })
  keyboard?: BotKeyboardRowInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'A system message (no author; nobody can edit it).' })
  system?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Show link previews (default true).' })
  urlPreview?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Reply to this message.' })
  replyToMessageId?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Forward these messages (at most 100).' })
  forwardMessageIds?: number[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Makes retries safe: the same key in the same dialog sends the message once (the portal templateId) and a retry answers the first message. ' +
      'A UUID is used as is; any other text is hashed to one. Reusing a key with different content is ValidationFailed (constraint reusedWithDifferentContent), ' +
      'checked per server process for 24 h: with several replicas a reuse on another replica is not detected, but the portal still sends only the first message.',
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "Change a bot's own message." })
export class UpdateBotMessageInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field(() => Int, { description: 'The message to change.' })
  messageId!: number;

  @Field(() => String, { nullable: true, description: 'New text (at most 20,000 characters).' })
  text?: string | null;

  @Field(() => BotAttachmentInput, { nullable: true, description: 'New attachment.' })
  attach?: BotAttachmentInput | null;

  @Field(() => [BotKeyboardRowInput], { nullable: true, description: 'New keyboard.' })
  keyboard?: BotKeyboardRowInput[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Remove the keyboard.' })
  removeKeyboard?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Show link previews.' })
  urlPreview?: boolean | null;
}

@InputType({ description: 'Delete a message as a bot (its own, or any if the bot is a chat admin).' })
export class DeleteBotMessageInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field(() => Int, { description: 'The message to delete.' })
  messageId!: number;

  @Field(() => Boolean, { nullable: true, description: 'Remove the row entirely instead of a soft delete.' })
  complete?: boolean | null;
}

@InputType({ description: 'Mark messages of a dialog as read by the bot.' })
export class MarkBotMessagesReadInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field({ description: 'The dialog ("chat<chatId>" or a user id).' })
  dialogId!: string;

  @Field(() => Int, { nullable: true, description: 'Read up to and including this message; default all.' })
  upToMessageId?: number | null;
}

@InputType({ description: "A reaction on a message, as the bot's." })
export class BotReactionInput {
  @Field(() => Int, { nullable: true, description: 'The bot; default: the configured BITRIX24_BOT_ID.' })
  botId?: number | null;

  @Field(() => Int, { description: 'The message.' })
  messageId!: number;

  @Field({ description: 'Reaction code, e.g. like, fire, redHeart (the portal keeps the list).' })
  reaction!: string;
}
