/** The global ids of polls, questions and answers (minted by graphql/global-id.ts). */
import { createHash } from 'node:crypto';
import { toGlobalId, toScopedId } from '../graphql/global-id.js';

export const pollGlobalId = (attachId: number): string => toGlobalId('Poll', attachId);
export const questionGlobalId = (attachId: number, questionId: number): string =>
  toGlobalId('Question', attachId, questionId);
export const answerGlobalId = (attachId: number, answerId: number): string =>
  toGlobalId('Answer', attachId, answerId);

/**
 * The key of a caller inside PollViewer ids: a hash of the identity's subject (itself a hash of
 * the token, or the API key's position), so no credential can be read back from an id, and two
 * callers never share a viewer object in a client's cache.
 */
export const viewerKey = (subject: string): string =>
  createHash('sha256').update(subject, 'utf8').digest('base64url').slice(0, 16);
export const pollViewerId = (attachId: number, callerKey: string): string =>
  toScopedId('PollViewer', attachId, callerKey);
