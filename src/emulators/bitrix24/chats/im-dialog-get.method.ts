/** `im.dialog.get` (docs/bitrix24-contract.md §9.2): chat details, v1 snake_case. */
import type { CallContext, MethodDefinition } from '../core/method.js';
import type { EmChat, EmMessage } from '../store/state.js';
import { readDialog } from './dialog-id.js';
import { chatMessages, lastMessage, lastReadId, unreadMessages } from './chat-history.js';
import { chatRestrictions, chatV1Common, privateChatPartner } from './chat-v1.view.js';

function readedList(ctx: CallContext, chat: EmChat, messages: EmMessage[]) {
  // The documented example lists the other members, not the caller.
  return chat.memberIds
    .filter((id) => id !== ctx.user.id)
    .map((id) => {
      const readId = lastReadId(messages, id);
      const read = messages.find((m) => m.id === readId);
      return {
        user_id: id,
        user_name: ctx.state.users.get(id)?.name ?? '',
        message_id: readId,
        date: read ? read.date : null,
      };
    });
}

function lastMessageViews(ctx: CallContext, last: EmMessage | undefined) {
  if (!last) return { message_id: 0, first_viewers: [], count_of_viewers: 0 };
  const viewers = last.viewedBy.filter((id) => id !== last.authorId);
  return {
    message_id: last.id,
    first_viewers: viewers.slice(0, 3).map((id) => ({
      user_id: id,
      user_name: ctx.state.users.get(id)?.name ?? '',
      date: last.date,
    })),
    count_of_viewers: viewers.length,
  };
}

function dialogView(ctx: CallContext, chat: EmChat, dialogId: string): Record<string, unknown> {
  const messages = chatMessages(ctx.state, chat.id);
  const last = lastMessage(messages);
  const unread = unreadMessages(messages, ctx.user.id);
  const common = chatV1Common(chat, ctx.user.id);
  const name =
    chat.kind === 'private' ? (privateChatPartner(ctx.state, chat, ctx.user.id)?.name ?? '') : chat.name;
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name,
    description: chat.description,
    owner: chat.ownerId,
    extranet: false,
    avatar: '',
    color: chat.color,
    type: common.type,
    counter: unread.length,
    user_counter: chat.memberIds.length,
    message_count: messages.length,
    unread_id: unread[0]?.id ?? 0,
    restrictions: { ...chatRestrictions(chat), path: '', path_title: '' },
    last_message_id: last?.id ?? 0,
    last_id: lastReadId(messages, ctx.user.id),
    marked_id: 0,
    disk_folder_id: 0,
    entity_type: chat.entityType,
    entity_id: chat.entityId,
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: [],
    date_create: chat.dateCreate,
    message_type: common.message_type,
    public: '',
    role: common.role,
    entity_link: common.entity_link,
    text_field_enabled: true,
    background_id: null,
    permissions: common.permissions,
    is_new: false,
    readed_list: readedList(ctx, chat, messages),
    manager_list: [...chat.managerIds],
    last_message_views: lastMessageViews(ctx, last),
    dialog_id: dialogId,
  };
}

export const imDialogGet: MethodDefinition = {
  name: 'im.dialog.get',
  scopes: ['im'],
  handler: (params, ctx) => {
    const { dialogId, chat } = readDialog(params, ctx);
    return { result: dialogView(ctx, chat, dialogId) };
  },
};
