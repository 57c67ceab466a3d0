/**
 * The general-purpose methods the transport pages use as their examples: the documented `batch`
 * request runs `user.current`, `department.get` (with `ID=$result[get_user][UF_DEPARTMENT][0]`) and
 * `app.info`; the webhook page calls `profile` and `department.get.json?ID=1`. They are not part of
 * the facade's contract, so only the fields those examples show are served, shaped like them:
 * string IDs inside user and department records, `UF_DEPARTMENT` as a list of numbers.
 * The emulator has one department (ID 1) that every user belongs to.
 * `user.get` (the webhook page's array-parameter example) is a classic list method: user-get.method.ts.
 * `user.current` returns the caller (token owner or webhook owner) with the record fields the real
 * method sends, all as strings (empty when unset); PERSONAL_PHOTO is the absolute avatar URL the
 * vote methods show as IMAGE, as cloud portals send a URL there.
 * Scope choice (the pages do not say): `user.current`/`profile` need `basic` or `user`,
 * `department.get` `basic` or `department`, `app.info` any credential.
 */
import type { MethodDefinition, Params } from '../core/method.js';
import { getParam, toInt } from '../core/params.js';
import { userGetMethod } from './user-get.method.js';
import { photoOf, userRecord } from './user-record.js';

const DEPARTMENT = { ID: '1', NAME: 'Company', SORT: 500, UF_HEAD: '1' };

const userCurrent: MethodDefinition = {
  name: 'user.current',
  scopes: ['basic', 'user', 'user_brief', 'user_basic'],
  handler: (_params, ctx) => ({ result: userRecord(ctx) }),
};

const profile: MethodDefinition = {
  name: 'profile',
  scopes: ['basic', 'user'],
  handler: (_params, ctx) => ({
    result: {
      ID: String(ctx.user.id),
      ADMIN: ctx.user.isAdmin,
      NAME: ctx.user.firstName,
      LAST_NAME: ctx.user.lastName,
      PERSONAL_GENDER: ctx.user.gender,
      PERSONAL_PHOTO: photoOf(ctx),
      TIME_ZONE: '',
      TIME_ZONE_OFFSET: 0,
    },
  }),
};

/** A list method: `result` is an array, `total` its size (no `next`: one page). */
function departmentGet(params: Params) {
  const wanted = getParam(params, 'ID');
  const id = wanted === undefined || wanted === '' ? undefined : toInt(wanted);
  const rows = wanted === undefined || wanted === '' || id === 1 ? [DEPARTMENT] : [];
  return { result: rows, total: rows.length };
}

const departmentGetMethod: MethodDefinition = {
  name: 'department.get',
  scopes: ['basic', 'department'],
  handler: (params) => departmentGet(params),
};

const appInfo: MethodDefinition = {
  name: 'app.info',
  scopes: [],
  handler: (_params, ctx) => ({
    result: {
      ID: 1,
      CODE: ctx.auth.kind === 'oauth' ? ctx.auth.app.clientId : '',
      VERSION: 1,
      STATUS: 'L',
      INSTALLED: true,
      PAYMENT_EXPIRED: 'N',
      DAYS: null,
      LANGUAGE_ID: 'en',
      LICENSE: 'en_project',
      LICENSE_TYPE: 'project',
      LICENSE_FAMILY: 'project',
    },
  }),
};

export const basicMethods: MethodDefinition[] = [
  userCurrent,
  userGetMethod,
  profile,
  departmentGetMethod,
  appInfo,
];
