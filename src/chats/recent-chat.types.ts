/** GraphQL types of the caller's recent dialogs (`im.recent.list`, docs/bitrix24-contract.md §9.3) as a Relay connection. */
import { toGlobalId } from '../graphql/global-id.js';
import 'reflect-metadata';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from '../graphql/node.interface.js';
import type { RecentItem } from './chat.model.js';

@ObjectType({ description: 'The newest message of a recent dialog.' })
export class RecentMessage {
  @Field(() => Int, { description: "The portal's message id; 0 when the dialog has no message yet." })
  messageId!: number;

  @Field({ description: 'Message text as the portal sends it (BB-code may remain).' })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'User id of the author; null for system messages.' })
  authorId!: number | null;

  @Field(() => String, { nullable: true, description: 'When it was sent: ISO 8601 with offset.' })
  date!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "One entry of the caller's recent list: a chat or a one-to-one dialog. `chat` loads the details lazily; " +
    'asking for it on many entries costs one batched portal request per 50 entries.',
})
export class RecentChat {
  @Field(() => ID, { description: 'Opaque, stable id of this entry (per dialog); do not parse it.' })
  id!: string;

  @Field({
    description: 'The dialog id: "chatN" for a chat, the partner\'s user id for a one-to-one dialog.',
  })
  dialogId!: string;

  @Field(() => Int, { description: "The portal's numeric chat id." })
  chatId!: number;

  @Field({ description: "Chat name, or the partner's name for a one-to-one dialog." })
  title!: string;

  @Field({ description: 'The portal\'s entry type: "chat" or "user" (a one-to-one dialog).' })
  type!: string;

  @Field(() => RecentMessage, { nullable: true, description: 'The newest message, when there is one.' })
  lastMessage!: RecentMessage | null;

  @Field(() => Int, { description: 'Unread messages for the caller.' })
  unreadCount!: number;

  @Field({ description: 'Whether the caller pinned this dialog.' })
  pinned!: boolean;

  @Field(() => String, { nullable: true, description: 'Last activity: ISO 8601 with offset.' })
  updatedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Avatar image URL; null when there is none.' })
  avatarUrl!: string | null;

  static fromModel(item: RecentItem): RecentChat {
    const last = item.lastMessage;
    return Object.assign(new RecentChat(), {
      id: toGlobalId('RecentChat', item.dialogId),
      dialogId: item.dialogId,
      chatId: item.chatId,
      title: item.title,
      type: item.type,
      // The portal sends an empty message block (id 0) for a dialog nobody has written in yet.
      lastMessage:
        last && last.id > 0
          ? Object.assign(new RecentMessage(), {
              messageId: last.id,
              text: last.text,
              authorId: last.authorId > 0 ? last.authorId : null,
              date: last.date,
            })
          : null,
      unreadCount: item.unreadCount,
      pinned: item.pinned,
      updatedAt: item.dateUpdate,
      avatarUrl: item.avatarUrl,
    });
  }
}

@ObjectType({ description: 'Relay page information.' })
export class PageInfo {
  @Field({ description: 'Whether another page follows; ask for it with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after this page; opaque.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'A recent dialog and its cursor.' })
export class ChatEdge {
  @Field({ description: 'Opaque cursor: pass it as `after` to continue after this entry.' })
  cursor!: string;

  @Field(() => RecentChat, { description: 'The recent dialog.' })
  node!: RecentChat;
}

@ObjectType({
  description:
    'A page of recent dialogs, newest activity first. Entries already returned on earlier pages are left ' +
    'out, so a page may hold fewer than `first` entries while `hasNextPage` is still true.',
})
export class ChatConnection {
  @Field(() => [ChatEdge], { description: 'The entries of this page, in order.' })
  edges!: ChatEdge[];

  @Field(() => PageInfo, { description: 'Whether and where to continue.' })
  pageInfo!: PageInfo;
}
