/**
 * From an `im.*` DIALOG_ID to the chat the caller may read: `chatN`, `sgN` (the chat of social-network
 * group N) or a user id (a private dialog, created on first use). Anything else, or a chat the caller
 * is not in, is `403 ACCESS_ERROR`.
 */
import type { CallContext, Params } from '../core/method.js';
import { getParam, toStr } from '../core/params.js';
import { EmulatorError } from '../core/emulator-error.js';
import type { EmChat } from '../store/state.js';
import { ensurePrivateChat, isChatMember } from './chat-access.js';

export const accessError = () =>
  new EmulatorError(403, 'ACCESS_ERROR', 'You do not have access to the specified dialog');

/** `chatN`, `sgN` (the chat of social-network group N) or a user id (a private dialog). */
export function resolveDialog(dialogId: string, ctx: CallContext): EmChat {
  const { state, user } = ctx;
  const chatMatch = /^chat(\d+)$/i.exec(dialogId);
  if (chatMatch) {
    const chat = state.chats.get(Number(chatMatch[1]));
    if (!chat || !isChatMember(chat, user.id)) throw accessError();
    return chat;
  }
  const groupMatch = /^sg(\d+)$/i.exec(dialogId);
  if (groupMatch) {
    for (const chat of state.chats.values()) {
      if (
        chat.entityType === 'SONET_GROUP' &&
        chat.entityId === groupMatch[1] &&
        isChatMember(chat, user.id)
      ) {
        return chat;
      }
    }
    throw accessError();
  }
  if (/^\d+$/.test(dialogId)) {
    const other = state.users.get(Number(dialogId));
    if (!other) throw accessError();
    return ensurePrivateChat(state, user.id, other.id, ctx.now());
  }
  throw accessError();
}

/** DIALOG_ID read and resolved; absent, empty, blank or not a scalar: `400 DIALOG_ID_EMPTY`. */
export function readDialog(params: Params, ctx: CallContext): { dialogId: string; chat: EmChat } {
  const dialogId = toStr(getParam(params, 'DIALOG_ID'))?.trim() ?? '';
  if (dialogId === '') throw new EmulatorError(400, 'DIALOG_ID_EMPTY', "Dialog ID can't be empty");
  return { dialogId, chat: resolveDialog(dialogId, ctx) };
}
