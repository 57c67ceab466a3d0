/**
 * The result union of a mutation (or of a query that returns business outcomes as data), with a
 * guard: a UserError whose type the union does not hold cannot be resolved by GraphQL, and
 * type-graphql's default would surface it as an INTERNAL_SERVER_ERROR ("... must resolve to an
 * Object type"). The guard raises the coded GraphQL error the failure stands for instead: the
 * backend failure behind it when known (FORBIDDEN or BAD_USER_INPUT with the UserErrorCode as
 * `reason`, and `extensions.portal`), else the same codes from the UserError alone.
 */
import 'reflect-metadata';
import type { GraphQLResolveInfo } from 'graphql';
import { createUnionType, type ClassType } from 'type-graphql';
import { backendGraphQLError, facadeError } from './facade-errors.js';
import { failureCauseOf } from './failure-cause.js';
import { UserErrorCode } from './user-error-code.js';
import { UserError } from './user-error.types.js';

/** The error to raise for a UserError its union does not hold. */
export function outOfUnionError(unionName: string, value: unknown): Error {
  if (!(value instanceof UserError)) {
    return new Error(`${unionName}: a value of no member type (${describe(value)}) was returned.`);
  }
  const cause = failureCauseOf(value);
  if (cause !== undefined) return backendGraphQLError(cause);
  const code = value.code === UserErrorCode.PERMISSION_DENIED ? 'FORBIDDEN' : 'BAD_USER_INPUT';
  return facadeError(code, value.message, { reason: value.code });
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return typeof value;
  return value.constructor?.name ?? 'object';
}

/**
 * A context that wants to know the business outcome of a request (the server's metrics and request
 * log) offers `noteUserError`; the union tells it about a UserError returned by a root field while
 * resolving the member type, which GraphQL does anyway, so no per-field hook is needed.
 */
interface UserErrorListener {
  noteUserError(code: string): void;
}

function noteRootUserError(value: unknown, context: unknown, info: GraphQLResolveInfo | undefined): void {
  // Only root fields (`path.prev` undefined); a resolveType called without a path is not a request.
  if (!(value instanceof UserError) || info?.path === undefined || info.path.prev !== undefined) return;
  const listener = context as Partial<UserErrorListener> | null;
  if (typeof listener?.noteUserError === 'function') listener.noteUserError(value.code);
}

export function createResultUnion<const T extends readonly ClassType[]>(options: {
  name: string;
  description: string;
  types: () => T;
}): T[number] {
  const { name, types } = options;
  return createUnionType({
    ...options,
    resolveType: (value: unknown, context: unknown, info?: GraphQLResolveInfo) => {
      noteRootUserError(value, context, info);
      const member = types().find((type) => value instanceof type);
      if (member === undefined) throw outOfUnionError(name, value);
      return member;
    },
  }) as unknown as T[number];
}
