/** A mutation's union result: the success member, or a typed UserError to show. */
import type { UserErrorLike } from '../errors/describe-error';

export type Outcome = { __typename: string } & Partial<UserErrorLike>;

/** The UserError member of a result, or null for a success. */
export function userErrorOf(outcome: Outcome | null | undefined): UserErrorLike | null {
  if (!outcome || outcome.__typename.endsWith('Success')) return null;
  if (typeof outcome.code === 'string' && typeof outcome.message === 'string') {
    return outcome as UserErrorLike;
  }
  // A member without UserError fields (e.g. SendPollCreated) is handled by its caller.
  return null;
}
