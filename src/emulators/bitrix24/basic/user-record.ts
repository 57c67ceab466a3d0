/** The user record `user.current` and `user.get` send (see basic.methods.ts for the shape's sources). */
import { isoWithOffset } from '../core/dates.js';
import type { CallContext } from '../core/method.js';
import { SEED_DATE as REGISTERED } from '../store/default-seed.js';
import type { EmUser } from '../store/state.js';
import { votedUser } from '../vote/voted-users.js';

/** The user's avatar: the same URL the vote methods report for them. */
export const photoOf = (ctx: CallContext, userId = ctx.user.id): string => votedUser(ctx.state, userId).IMAGE;

export function userRecord(ctx: CallContext, user: EmUser = ctx.user): Record<string, unknown> {
  const now = ctx.now();
  return {
    ID: String(user.id),
    XML_ID: user.xmlId ?? '',
    ACTIVE: user.active !== false,
    NAME: user.firstName,
    LAST_NAME: user.lastName,
    SECOND_NAME: '',
    EMAIL: user.email,
    LAST_LOGIN: isoWithOffset(now),
    DATE_REGISTER: REGISTERED,
    IS_ONLINE: 'Y',
    TIME_ZONE_OFFSET: '0',
    TIMESTAMP_X: REGISTERED,
    LAST_ACTIVITY_DATE: isoWithOffset(now),
    PERSONAL_GENDER: user.gender,
    PERSONAL_PROFESSION: '',
    PERSONAL_WWW: '',
    PERSONAL_BIRTHDAY: '',
    PERSONAL_PHOTO: photoOf(ctx, user.id),
    PERSONAL_MOBILE: '',
    PERSONAL_CITY: '',
    WORK_PHONE: '',
    WORK_COMPANY: '',
    WORK_POSITION: user.workPosition,
    UF_EMPLOYMENT_DATE: '',
    UF_DEPARTMENT: [1],
    UF_PHONE_INNER: '',
    USER_TYPE: user.isBot ? 'bot' : 'employee',
  };
}
