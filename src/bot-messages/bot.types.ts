/** GraphQL output types of the bot feature: Bot, BotUser, BotMessage (docs/bitrix24-contract.md §7.0 objects). */
import { toGlobalId } from '../graphql/global-id.js';
import 'reflect-metadata';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';

/** Opaque, stable ids: base64 of `b24:<Type>:<id>` (same scheme as the other features). */
export function botGlobalId(type: 'Bot' | 'BotMessage', id: number): string {
  return toGlobalId(type, id);
}

export enum BotTypeEnum {
  BOT = 'bot',
  SUPERVISOR = 'supervisor',
  PERSONAL = 'personal',
  OPENLINE = 'openline',
  OTHER = 'other',
}

registerEnumType(BotTypeEnum, {
  name: 'BotType',
  description: 'What a bot sees and may do in its chats.',
  valuesConfig: {
    BOT: { description: 'Sees mentions and one-to-one messages only; cannot read chat history.' },
    SUPERVISOR: { description: 'Sees every message of its chats and may read history.' },
    PERSONAL: { description: 'Sees every message of its chats and may read history.' },
    OPENLINE: { description: 'An Open Channel bot; behaves like BOT.' },
    OTHER: { description: 'A type this facade does not know (e.g. network); treat it like BOT.' },
  },
});

export function toBotTypeEnum(type: string): BotTypeEnum {
  const known = Object.values(BotTypeEnum).find((value) => value === type.toLowerCase());
  return known ?? BotTypeEnum.OTHER;
}

@ObjectType('BotUser', { description: 'A portal user as a bot method reports it (brief form).' })
export class BotUserObject {
  @Field(() => Int, { description: 'Portal user id.' })
  id!: number;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'false for a deactivated user.' })
  active!: boolean;

  @Field({ description: 'true when this user is a bot.' })
  isBot!: boolean;

  @Field({ description: 'employee, extranet, email, collaber or bot.' })
  type!: string;
}

@ObjectType('Bot', {
  implements: Node,
  description: 'A chat bot registered by this application (or bot token).',
})
export class BotObject {
  @Field(() => ID, { description: 'Opaque, stable id.' })
  id!: string;

  @Field(() => Int, { description: "The portal's bot id (also the bot's user id); pass it as botId." })
  botId!: number;

  @Field({ description: 'The code the bot was registered with; unique per application.' })
  code!: string;

  @Field(() => BotTypeEnum, { description: 'What the bot sees and may do.' })
  type!: BotTypeEnum;

  @Field(() => String, { nullable: true, description: "The bot's display name, when the portal sent it." })
  name!: string | null;

  @Field({ description: 'Hidden from the user list.' })
  isHidden!: boolean;

  @Field({ description: 'Users may react to its messages.' })
  isReactionsEnabled!: boolean;

  @Field({ description: 'The bot may serve Open Channels.' })
  isSupportOpenline!: boolean;

  @Field(() => String, { nullable: true, description: 'Chat background (azure, mint, ...), or null.' })
  backgroundId!: string | null;

  @Field({ description: 'Language code of the bot.' })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'fetch or webhook; null when the caller is not the owner (brief format).',
  })
  eventMode!: string | null;

  @Field(() => Int, { nullable: true, description: 'Messages sent by the bot (owner only).' })
  messageCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Chats the bot is in (owner only).' })
  chatCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Users who talked to the bot (owner only).' })
  userCount!: number | null;
}

@ObjectType('BotMessageForward', { description: 'Where a forwarded message came from.' })
export class BotMessageForwardObject {
  @Field(() => Int, { description: 'Id of the original message.' })
  messageId!: number;

  @Field(() => Int, { description: 'Author of the original message.' })
  userId!: number;

  @Field(() => Int, { description: 'Chat of the original message.' })
  chatId!: number;

  @Field(() => String, { nullable: true, description: 'Date of the original message (ISO 8601).' })
  date!: string | null;
}

@ObjectType('BotMessage', { implements: Node, description: 'A chat message as a bot sees it.' })
export class BotMessageObject {
  @Field(() => ID, { description: 'Opaque, stable id.' })
  id!: string;

  @Field(() => Int, { description: "The portal's message id." })
  messageId!: number;

  @Field(() => Int, { nullable: true, description: 'Chat the message is in, when known.' })
  chatId!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Dialog id of the chat ("chat<chatId>"), or the dialog id the message was sent to.',
  })
  dialogId!: string | null;

  @Field({ description: 'Text with BB codes; empty for a message with attachments only.' })
  text!: string;

  @Field({ description: 'A system message: no author, and no bot may edit it.' })
  isSystem!: boolean;

  @Field(() => String, { nullable: true, description: 'Date (ISO 8601), when known.' })
  date!: string | null;

  @Field(() => Int, { description: 'Author user id; 0 for system messages.' })
  authorId!: number;

  @Field(() => BotUserObject, { nullable: true, description: 'The author, when the portal sent it.' })
  author!: BotUserObject | null;

  @Field(() => Int, { nullable: true, description: 'The bot this message was sent or read as.' })
  botId!: number | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The keyboard in the portal form ({BOT_ID, BUTTONS}), when the message has one.',
  })
  keyboard!: Record<string, unknown> | null;

  @Field(() => [GraphQLJSONObject], {
    description: 'Attachments in the portal form ({COLOR_TOKEN?, BLOCKS}); empty when none.',
  })
  attach!: Record<string, unknown>[];

  @Field(() => BotMessageForwardObject, { nullable: true, description: 'Set when this is a forward.' })
  forward!: BotMessageForwardObject | null;

  @Field({ description: 'Someone other than the author has seen it.' })
  viewedByOthers!: boolean;
}
