/**
 * Opaque, stable GraphQL ids: base64 of `b24:<Type>:<portal ids>`. The `b24` prefix names the
 * backend, so a second chat backend can share the types later (docs/architecture.md §4). Clients must not parse
 * them; the numeric portal ids sit next to them as their own fields.
 */
const BACKEND = 'b24';

export type GlobalType = 'Poll' | 'Question' | 'Answer' | 'User';

export function toGlobalId(type: GlobalType, ...parts: readonly (number | string)[]): string {
  return Buffer.from([BACKEND, type, ...parts].join(':'), 'utf8').toString('base64');
}

export const pollGlobalId = (attachId: number): string => toGlobalId('Poll', attachId);
export const questionGlobalId = (attachId: number, questionId: number): string =>
  toGlobalId('Question', attachId, questionId);
export const answerGlobalId = (attachId: number, answerId: number): string =>
  toGlobalId('Answer', attachId, answerId);
export const userGlobalId = (userId: number): string => toGlobalId('User', userId);
