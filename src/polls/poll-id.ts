/** The global ids of polls, questions, answers and voters (minted by graphql/global-id.ts). */
import { createHash } from 'node:crypto';
import {
  type TelegramPollAddress,
  toGlobalId,
  toScopedId,
  toTelegramId,
  toTelegramScopedId,
  toTelegramUserId,
} from '../graphql/global-id.js';
import type { Poll, PollAnswer, PollRef, TelegramPollKey, Voter } from './poll.model.js';
import { userGlobalId } from '../users/index.js';

export const pollGlobalId = (attachId: number): string => toGlobalId('Poll', attachId);
export const questionGlobalId = (attachId: number, questionId: number): string =>
  toGlobalId('Question', attachId, questionId);
export const answerGlobalId = (attachId: number, answerId: number): string =>
  toGlobalId('Answer', attachId, answerId);

/** The ids of any poll: Bitrix24 polls by attach id, Telegram polls by chat and message (origin). */
export const pollIdOf = (poll: Poll): string =>
  poll.origin ? toTelegramId('Poll', poll.origin) : pollGlobalId(poll.attachId);
export const questionIdOf = (poll: Poll, questionId: number): string =>
  poll.origin ? toTelegramId('Question', poll.origin) : questionGlobalId(poll.attachId, questionId);
export const answerIdOf = (poll: Poll, answer: PollAnswer): string =>
  poll.origin && answer.optionKey !== undefined
    ? toTelegramId('Answer', poll.origin, answer.optionKey)
    : answerGlobalId(poll.attachId, answer.id);
/**
 * A voter's id. Telegram users are not portal users: their ids carry the `tg` prefix (node(id)
 * does not refetch them yet).
 */
export const voterIdOf = (voter: Voter): string =>
  voter.backend === 'tg' ? toTelegramUserId(voter.id) : userGlobalId(voter.id);

/**
 * The key of a caller inside PollViewer ids: a hash of the identity's subject (itself a hash of
 * the token, or the API key's position), so no credential can be read back from an id, and two
 * callers never share a viewer object in a client's cache.
 */
export const viewerKey = (subject: string): string =>
  createHash('sha256').update(subject, 'utf8').digest('base64url').slice(0, 16);
export const pollViewerId = (attachId: number, callerKey: string, telegram?: TelegramPollKey): string =>
  telegram
    ? toTelegramScopedId('PollViewer', telegram, callerKey)
    : toScopedId('PollViewer', attachId, callerKey);

/** The poll reference a decoded Poll (or Question/Answer) id names: its backend and native key. */
export const pollRefOfKey = (key: { attachId: number } | { telegram: TelegramPollAddress }): PollRef =>
  'telegram' in key ? { backend: 'tg', ...key.telegram } : { attachId: key.attachId };
