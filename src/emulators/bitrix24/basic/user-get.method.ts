/**
 * `user.get`: the webhook page's example of a method with array parameters
 * (`user.get.json?FILTER[ACTIVE]=true&select[]=ID&select[]=NAME`), and the transport pages' model of a
 * classic list method (`start`, `total`, `next`, `start=-1`; core/list-page.ts).
 * Choices where the pages are silent (user.get has no page of its own here):
 * - every portal user is listed (bots and connector users too, told apart by USER_TYPE);
 * - `FILTER`/`filter` compares the record's fields as text, with the REST key prefixes
 *   `>`, `>=`, `<`, `<=` (numeric when both sides are numbers), `!` and `=`; `true`/`false` match
 *   the boolean ACTIVE; unknown fields match nothing;
 * - order is by ID, ascending unless `order`/`ORDER` says `{ID: "DESC"}` or `DESC`;
 * - `select` is accepted and ignored: the whole record is sent.
 */
import { listPage } from '../core/list-page.js';
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, toObject, toStr } from '../core/params.js';
import { userRecord } from './user-record.js';

type Condition = (record: Record<string, unknown>) => boolean;

const text = (value: unknown): string =>
  typeof value === 'boolean' ? String(value) : Array.isArray(value) ? value.join(',') : String(value ?? '');

function compare(actual: unknown, wanted: unknown): number {
  const a = text(actual);
  const b = text(wanted);
  const numeric = /^-?\d+(\.\d+)?$/;
  if (numeric.test(a) && numeric.test(b)) return Number(a) - Number(b);
  return a.localeCompare(b);
}

function matches(actual: unknown, wanted: unknown): boolean {
  if (Array.isArray(wanted)) return wanted.some((w) => matches(actual, w));
  if (typeof actual === 'boolean') {
    const w = text(wanted).toLowerCase();
    return actual ? w === 'true' || w === 'y' || w === '1' : w === 'false' || w === 'n' || w === '0';
  }
  return text(actual).toLowerCase() === text(wanted).toLowerCase();
}

function condition(key: string, wanted: unknown): Condition {
  const [, op = '', rawField = ''] = /^(>=|<=|>|<|!|=)?(.*)$/.exec(key) ?? [];
  const field = rawField.toUpperCase();
  return (record) => {
    if (!(field in record)) return false;
    const actual = record[field];
    switch (op) {
      case '>':
        return compare(actual, wanted) > 0;
      case '>=':
        return compare(actual, wanted) >= 0;
      case '<':
        return compare(actual, wanted) < 0;
      case '<=':
        return compare(actual, wanted) <= 0;
      case '!':
        return !matches(actual, wanted);
      default:
        return matches(actual, wanted);
    }
  };
}

function descending(params: Params): boolean {
  const order = getParam(params, 'order');
  const asObject = toObject(order);
  const direction = asObject ? Object.values(asObject)[0] : order;
  return toStr(direction)?.toUpperCase() === 'DESC';
}

function userGet(params: Params, ctx: CallContext) {
  const filter = toObject(getParam(params, 'filter')) ?? {};
  const conditions = Object.entries(filter).map(([key, value]) => condition(key, value));
  const rows = [...ctx.state.users.values()]
    .sort((a, b) => a.id - b.id)
    .map((user) => userRecord(ctx, user))
    .filter((record) => conditions.every((c) => c(record)));
  if (descending(params)) rows.reverse();
  return listPage(rows, getParam(params, 'start'));
}

export const userGetMethod: MethodDefinition = {
  name: 'user.get',
  scopes: ['basic', 'user', 'user_brief', 'user_basic'],
  handler: (params, ctx) => userGet(params, ctx),
};
