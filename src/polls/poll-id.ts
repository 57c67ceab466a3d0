/**
 * Opaque, stable GraphQL ids: base64 of `b24:<Type>:<portal ids>`. The `b24` prefix names the
 * backend, so a second chat backend can share the types later (DESIGN §4). Clients must not parse
 * them; the numeric portal ids sit next to them as their own fields.
 */
const BACKEND = 'b24';

export type GlobalType = 'Poll' | 'Question' | 'Answer' | 'User';

export function toGlobalId(type: GlobalType, ...parts: readonly (number | string)[]): string {
  return Buffer.from([BACKEND, type, ...parts].join(':'), 'utf8').toString('base64');
}

/** The parts after `b24:<type>:`, or null when the id is not one of ours of that type. */
export function fromGlobalId(type: GlobalType, id: string): string[] | null {
  const decoded = Buffer.from(id, 'base64').toString('utf8');
  const [backend, kind, ...parts] = decoded.split(':');
  if (backend !== BACKEND || kind !== type || parts.length === 0) return null;
  return parts;
}

export const pollGlobalId = (attachId: number): string => toGlobalId('Poll', attachId);
export const questionGlobalId = (attachId: number, questionId: number): string =>
  toGlobalId('Question', attachId, questionId);
export const answerGlobalId = (attachId: number, answerId: number): string =>
  toGlobalId('Answer', attachId, answerId);
export const userGlobalId = (userId: number): string => toGlobalId('User', userId);
