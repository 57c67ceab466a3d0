/** The global ids of polls, questions, answers and voters (minted by graphql/global-id.ts). */
import { toGlobalId } from '../graphql/global-id.js';

export const pollGlobalId = (attachId: number): string => toGlobalId('Poll', attachId);
export const questionGlobalId = (attachId: number, questionId: number): string =>
  toGlobalId('Question', attachId, questionId);
export const answerGlobalId = (attachId: number, answerId: number): string =>
  toGlobalId('Answer', attachId, answerId);
export const userGlobalId = (userId: number): string => toGlobalId('User', userId);
