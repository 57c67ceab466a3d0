/**
 * Chat membership and roles, shared by the poll methods (who may read or vote) and the `im.*`
 * methods (who may see a dialog).
 */
import type { ChatRole, EmChat, EmulatorState } from '../store/state.js';
import { freshId } from '../store/state.js';
import { toAtom } from '../core/dates.js';

/** Who an action in a chat is open to (`im.dialog.get` `permissions`). */
export type PermissionLevel = ChatRole;

export function isChatMember(chat: EmChat, userId: number): boolean {
  return chat.memberIds.includes(userId);
}

/** The caller's role; only meaningful for members. */
export function chatRole(chat: EmChat, userId: number): ChatRole {
  if (chat.ownerId === userId && chat.kind !== 'private') return 'owner';
  if (chat.managerIds.includes(userId)) return 'manager';
  return 'member';
}

const RANK: Record<ChatRole, number> = { member: 0, manager: 1, owner: 2 };

/** true when a member with `role` may do an action open to `level`. */
export function roleSatisfies(role: ChatRole, level: PermissionLevel): boolean {
  return RANK[role] >= RANK[level];
}

/** The level `can_post` requires in a chat (member unless the chat restricts it). */
export function postLevel(chat: EmChat): PermissionLevel {
  return chat.canPost ?? 'member';
}

/** The one-to-one chat between two users, if it exists. */
function findPrivateChat(state: EmulatorState, a: number, b: number): EmChat | undefined {
  const wanted = [...new Set([a, b])].sort((x, y) => x - y).join(',');
  for (const chat of state.chats.values()) {
    if (chat.kind !== 'private') continue;
    const members = [...new Set(chat.memberIds)].sort((x, y) => x - y).join(',');
    if (members === wanted) return chat;
  }
  return undefined;
}

/**
 * The one-to-one chat between two users, created on first use: on the portal a private dialog
 * exists as soon as somebody opens it, so `im.dialog.get` with a user id never fails for a real user.
 */
export function ensurePrivateChat(state: EmulatorState, a: number, b: number, now: Date): EmChat {
  const existing = findPrivateChat(state, a, b);
  if (existing) return existing;
  const id = freshId(state, 'chat', state.chats);
  const chat: EmChat = {
    id,
    kind: 'private',
    name: '',
    description: '',
    ownerId: 0,
    memberIds: [...new Set([a, b])],
    managerIds: [],
    entityType: '',
    entityId: '',
    color: '#1eb4aa',
    dateCreate: toAtom(now),
  };
  state.chats.set(id, chat);
  return chat;
}
