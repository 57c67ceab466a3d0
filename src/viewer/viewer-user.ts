/**
 * The caller as a portal user, read with `user.current` (standard method; scope `user` or `basic`)
 * at most once per request and only when a query asks for it (`viewer.user`, or `node` with a User
 * id). Real portals may not grant the scope: a refusal for lack of scope is "unknown", not an error.
 */
import { nullIfNotVisible } from '../graphql-errors/not-visible.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { UserObject, userGlobalId } from '../users/index.js';
import type { GraphQLContext } from '../graphql/context.js';

export const USER_CURRENT = 'user.current';

/** The fields of `user.current` this facade reads; the portal sends them as strings. */
interface RawCurrentUser {
  ID?: unknown;
  NAME?: unknown;
  LAST_NAME?: unknown;
  EMAIL?: unknown;
  PERSONAL_PHOTO?: unknown;
  WORK_POSITION?: unknown;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The portal's record as the same `User` type the poll voters use, or null without a usable ID. */
export function toViewerUser(raw: RawCurrentUser): UserObject | null {
  const userId = Number(typeof raw.ID === 'number' ? raw.ID : text(raw.ID));
  if (!Number.isInteger(userId) || userId <= 0) return null;
  // "First Last" as the vote methods name voters; a user with no name is shown by e-mail or id.
  const name = [text(raw.NAME), text(raw.LAST_NAME)].filter(Boolean).join(' ') || text(raw.EMAIL);
  const photo = text(raw.PERSONAL_PHOTO);
  return Object.assign(new UserObject(), {
    id: userGlobalId(userId),
    userId,
    name: name || `User ${userId}`,
    // A photo is a URL on cloud portals; a bare file id (some on-premise set-ups) is no URL to show.
    avatarUrl: /^https?:\/\//i.test(photo) ? photo : null,
    workPosition: text(raw.WORK_POSITION) || null,
  });
}

async function readViewerUser(ctx: GraphQLContext): Promise<UserObject | null> {
  try {
    const response = await ctx.portal.call<RawCurrentUser>(USER_CURRENT, {}, ctx.identity.credential);
    return response.result && typeof response.result === 'object' ? toViewerUser(response.result) : null;
  } catch (error) {
    // Without the `user` scope the portal refuses user.current (PERMISSION_DENIED in the table).
    return nullIfNotVisible(error, [UserErrorCode.PERMISSION_DENIED]);
  }
}

/**
 * The user portal calls act as (OAuth token user, webhook owner), read once per request; null when
 * the scope is not granted. Anonymous webhook access acts as the webhook owner too, so it is that user.
 */
export function viewerUserOf(ctx: GraphQLContext): Promise<UserObject | null> {
  return ctx.loaders.get('viewer.user', () => readViewerUser(ctx));
}
