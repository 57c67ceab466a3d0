/**
 * Finding the poll a call is about (docs/bitrix24-contract.md §6.0) and checking what the caller may do with it.
 *
 * Precedence when several forms are sent: `attachId`, then `signedAttachId`, then the entity triple
 * (`moduleId` + `entityType` + `entityId`). A form that is present but names nothing is
 * ATTACH_NOT_FOUND; the next form is not tried. A `signedAttachId` whose signature does not verify
 * is also ATTACH_NOT_FOUND: a forged reference addresses no poll (our choice; the docs are silent).
 */
import type { CallContext, Params } from '../core/method.js';
import { getParam, isMissing, toInt, toStr } from '../core/params.js';
import type { EmPoll, EmulatorState, EmUser } from '../store/state.js';
import { isChatMember } from '../chats/chat-access.js';
import { attachAccessDenied, attachNotFound } from './poll-errors.js';
import { verifySignedAttachId } from './poll-signature.js';

/** The connector class of chat polls, with single backslashes (the JSON examples escape them). */
export const IM_ENTITY_TYPE = 'Bitrix\\Vote\\Attachment\\ImMessageConnector';
export const IM_MODULE_ID = 'im';

/** true for `moduleId`/`entityType` that name chat-message polls (moduleId is case-insensitive, docs/bitrix24-contract.md §10 #2). */
export function isImEntity(moduleId: unknown, entityType: unknown): boolean {
  const module = toStr(moduleId)?.trim().toLowerCase();
  const type = toStr(entityType)?.trim().toLowerCase();
  return module === IM_MODULE_ID && type === IM_ENTITY_TYPE.toLowerCase();
}

export function findPollByMessageId(state: EmulatorState, messageId: number): EmPoll | undefined {
  for (const poll of state.polls.values()) if (poll.messageId === messageId) return poll;
  return undefined;
}

/** The addressed poll, or ATTACH_NOT_FOUND. */
function findAddressedPoll(params: Params, state: EmulatorState): EmPoll {
  const attachRaw = getParam(params, 'attachId');
  if (!isMissing(attachRaw)) {
    const attachId = toInt(attachRaw);
    const poll = attachId === undefined ? undefined : state.polls.get(attachId);
    if (!poll) throw attachNotFound();
    return poll;
  }
  const signedRaw = getParam(params, 'signedAttachId');
  if (!isMissing(signedRaw)) {
    const attachId = verifySignedAttachId(state, toStr(signedRaw) ?? '');
    const poll = attachId === undefined ? undefined : state.polls.get(attachId);
    if (!poll) throw attachNotFound();
    return poll;
  }
  const moduleId = getParam(params, 'moduleId');
  const entityType = getParam(params, 'entityType');
  const entityId = toInt(getParam(params, 'entityId'));
  if (entityId !== undefined && isImEntity(moduleId, entityType)) {
    const poll = findPollByMessageId(state, entityId);
    if (poll) return poll;
  }
  throw attachNotFound();
}

/** Members of the poll's chat may read it and vote in it. */
export function canRead(state: EmulatorState, poll: EmPoll, user: EmUser): boolean {
  const chat = state.chats.get(poll.chatId);
  return chat !== undefined && isChatMember(chat, user.id);
}

/** Edit rights (stop/resume, `canEdit`): the poll's author or a portal administrator. */
export function canEditPoll(poll: EmPoll, user: EmUser): boolean {
  return poll.authorId === user.id || user.isAdmin;
}

/** The addressed poll, checked for read access. */
export function readablePoll(params: Params, ctx: CallContext): EmPoll {
  const poll = findAddressedPoll(params, ctx.state);
  if (!canRead(ctx.state, poll, ctx.user)) throw attachAccessDenied();
  return poll;
}
