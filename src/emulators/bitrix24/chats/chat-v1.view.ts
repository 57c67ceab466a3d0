/**
 * The v1 (snake_case) chat object of `im.dialog.get` and of `im.recent.list` items. The two
 * methods print slightly different variants (role case, restriction path fields, counters), so
 * the shared parts live here and each method adds its own.
 */
import type { EmChat, EmulatorState, EmUser } from '../store/state.js';
import { chatRole, postLevel, type PermissionLevel } from './chat-access.js';

/** `type` as the portal prints it: chats bound to an entity report that entity. */
function chatTypeName(chat: EmChat): string {
  const byEntity: Record<string, string> = {
    CRM: 'crm',
    SONET_GROUP: 'sonetGroup',
    TASKS: 'tasks',
    TASKS_TASK: 'tasks',
    CALENDAR: 'calendar',
    CALL: 'call',
    VIDEOCONF: 'videoconf',
    MAIL: 'mail',
    ANNOUNCEMENT: 'announcement',
  };
  const entityName = byEntity[chat.entityType.toUpperCase()];
  if (entityName) return entityName;
  if (chat.kind === 'openChannel') return 'lines';
  return chat.kind;
}

/** `message_type`: P private, C chat, O open chat, L Open Channel. */
function messageTypeCode(chat: EmChat): string {
  return { private: 'P', chat: 'C', open: 'O', openChannel: 'L' }[chat.kind];
}

/** `entity_link`: for CRM bindings (`DEAL|1663`) the portal links to the CRM card. */
export function entityLink(chat: EmChat): { type: string; url: string; id: string } {
  if (chat.entityType.toUpperCase() === 'CRM') {
    const [crmType = '', crmId = ''] = chat.entityId.split('|');
    return { type: crmType, url: `/crm/${crmType.toLowerCase()}/details/${crmId}/`, id: chat.entityId };
  }
  return { type: '', url: '', id: '' };
}

export function chatPermissions(chat: EmChat): Record<string, PermissionLevel> {
  return {
    manage_users_add: 'member',
    manage_users_delete: 'manager',
    manage_ui: 'member',
    manage_settings: 'owner',
    manage_messages: 'member',
    can_post: postLevel(chat),
  };
}

/** Chats bound to an entity (CRM, tasks…) cannot be renamed or re-skinned by users. */
export function chatRestrictions(chat: EmChat): Record<string, boolean> {
  const bound = chat.entityType !== '';
  return {
    avatar: !bound,
    rename: !bound,
    extend: true,
    call: true,
    mute: true,
    leave: true,
    leave_owner: !bound,
    send: true,
    user_list: true,
  };
}

/** Fields both variants share, in the order the portal prints them. */
export function chatV1Common(chat: EmChat, viewerId: number): Record<string, unknown> {
  return {
    id: chat.id,
    parent_chat_id: 0,
    parent_message_id: 0,
    name: chat.name,
    owner: chat.ownerId,
    extranet: false,
    avatar: '',
    color: chat.color,
    type: chatTypeName(chat),
    entity_type: chat.entityType,
    entity_id: chat.entityId,
    entity_data_1: '',
    entity_data_2: '',
    entity_data_3: '',
    mute_list: [],
    manager_list: [...chat.managerIds],
    date_create: chat.dateCreate,
    message_type: messageTypeCode(chat),
    user_counter: chat.memberIds.length,
    role: chatRole(chat, viewerId),
    text_field_enabled: true,
    background_id: null,
    entity_link: entityLink(chat),
    permissions: chatPermissions(chat),
    public: '',
  };
}

/** Display name of a private chat for the viewer: the other participant's name. */
export function privateChatPartner(state: EmulatorState, chat: EmChat, viewerId: number): EmUser | undefined {
  const otherId = chat.memberIds.find((id) => id !== viewerId) ?? viewerId;
  return state.users.get(otherId);
}
