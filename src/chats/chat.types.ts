/** GraphQL types of a chat, as read with `im.dialog.get` (docs/bitrix24-contract.md §9.2). */
import { toGlobalId, toTelegramChatId } from '../graphql/global-id.js';
import 'reflect-metadata';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import type { Chat as ChatModel } from './chat.model.js';

export enum ChatRoleEnum {
  OWNER = 'owner',
  MANAGER = 'manager',
  MEMBER = 'member',
  GUEST = 'guest',
  NONE = 'none',
}

registerEnumType(ChatRoleEnum, {
  name: 'ChatRole',
  description: "The caller's role in a chat (the portal's `role`, normalised to one case).",
  valuesConfig: {
    OWNER: { description: 'Created the chat (or was made its owner).' },
    MANAGER: { description: 'May manage members and settings as the chat allows.' },
    MEMBER: { description: 'An ordinary member.' },
    GUEST: { description: 'A guest with reduced rights.' },
    NONE: { description: 'No role reported (e.g. a one-to-one dialog).' },
  },
});

const ROLES: ReadonlyMap<string, ChatRoleEnum> = new Map(
  Object.values(ChatRoleEnum).map((role) => [role, role] as const),
);

/**
 * Opaque and backend-prefixed (docs/architecture.md §4), in the same form as the poll ids: base64 of
 * `b24:Chat:<chatId>`. Clients must not parse it; `chatId` sits next to it.
 */
export function chatGlobalId(chatId: number): string {
  return toGlobalId('Chat', chatId);
}

@ObjectType({
  implements: Node,
  description:
    'A chat or one-to-one dialog the caller can see: a Bitrix24 chat (im.dialog.get) or a Telegram chat (dialogId "tg:..."; messages.getChats, channels.getChannels or users.getUsers). Fields only Bitrix24 knows say what they hold on Telegram.',
})
export class Chat {
  @Field(() => ID, {
    description:
      'Opaque, stable id of this chat (backend-prefixed); do not parse it. node(id) refetches Bitrix24 chats only.',
  })
  id!: string;

  @Field(() => Int, {
    description:
      "The portal's numeric chat id (what vote.Integration.Im.send needs). Bitrix24 only: 0 on Telegram chats (their id is in dialogId; Telegram ids outgrow Int).",
  })
  chatId!: number;

  @Field({
    description:
      'The dialog id as asked for: "chatN" for a chat, the partner\'s user id for a dialog; "tg:chat:N", "tg:channel:N" or "tg:user:N" for a Telegram chat.',
  })
  dialogId!: string;

  @Field({ description: "Chat name; for a one-to-one dialog, the partner's name." })
  name!: string;

  @Field({
    description:
      'Chat description; empty when none. Telegram: always empty (the about text needs a full-chat read per chat).',
  })
  description!: string;

  @Field({
    description:
      'The portal\'s chat type as sent, e.g. "chat", "open", "private", "crm". Telegram: "chat" (basic group), "channel", "supergroup" or "private".',
  })
  type!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'User id of the owner; null when the chat has none. Telegram: null (Telegram tells a member only whether they created the chat: role OWNER).',
  })
  ownerId!: number | null;

  @Field(() => Int, {
    description:
      'Number of members. Telegram: 0 when Telegram does not tell the caller (a channel they do not administer).',
  })
  memberCount!: number;

  @Field(() => Int, {
    description: "Number of messages in the chat. Telegram: 0 (Telegram's chat reads do not count messages).",
  })
  messageCount!: number;

  @Field(() => ChatRoleEnum, {
    description:
      "The caller's role in this chat. Telegram: OWNER for its creator, MANAGER for an admin, MEMBER otherwise, NONE in a private chat.",
  })
  role!: ChatRoleEnum;

  @Field({
    description:
      "Whether the caller may post here (text field open and role high enough). Telegram: a channel's posting admins, the members of a group its default rights let post.",
  })
  canPost!: boolean;

  @Field(() => String, { nullable: true, description: 'Bound entity type (e.g. "CRM", "LINES"), if any.' })
  entityType!: string | null;

  @Field(() => String, { nullable: true, description: 'Bound entity id, e.g. "DEAL|1663", if any.' })
  entityId!: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Id of the newest message; null when there is none. Telegram: null (not read).',
  })
  lastMessageId!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'When the chat was created: an ISO 8601 date with offset, as the portal sends it.',
  })
  createdAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Avatar image URL; null when the chat has none.' })
  avatarUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'The chat colour as a CSS colour, e.g. "#1eb4aa".' })
  color!: string | null;

  static fromModel(model: ChatModel): Chat {
    const telegram = model.backend === 'tg';
    return Object.assign(new Chat(), {
      id: telegram ? toTelegramChatId(model.dialogId) : chatGlobalId(model.id),
      chatId: telegram ? 0 : model.id,
      dialogId: model.dialogId,
      name: model.name,
      description: model.description,
      type: model.type,
      ownerId: model.ownerId > 0 ? model.ownerId : null,
      memberCount: model.memberCount,
      messageCount: model.messageCount,
      role: ROLES.get(model.role) ?? ChatRoleEnum.NONE,
      canPost: model.canPost,
      entityType: model.entityType,
      entityId: model.entityId,
      lastMessageId: model.lastMessageId && model.lastMessageId > 0 ? model.lastMessageId : null,
      createdAt: model.createdAt,
      avatarUrl: model.avatarUrl,
      color: model.color,
    });
  }
}
