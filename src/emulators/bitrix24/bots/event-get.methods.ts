/** imbot.v2.Event.get: the fetch-mode event queue of one bot (docs/bitrix24-contract.md §7.14). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toBool, toInt } from '../core/params.js';
import { requireOwnedBot } from './bot-auth.js';
import { credentialOf } from '../core/auth.js';
import { botError } from './bot-errors.js';
import { upcomingBotEventId } from './bot-events.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;

function eventGet(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const { state } = ctx;
  if (toBool(getParam(params, 'withUserEvents')) === true) {
    // The scopes the call really has: the token's, limited by the app's card (as the core checks them).
    if (!credentialOf(ctx).scopes.includes('im')) throw botError('SCOPE_ERROR');
    // User events need a prior im.v2.Event.subscribe, which the emulator does not offer.
    throw botError('USER_NOT_SUBSCRIBED');
  }
  // `offset` acknowledges every event below it. The pre-nextOffset format (BOT-BC-0325-1: the answer
  // carried `lastEventId` and the client sent `lastEventId + 1` as `offset`) was supported until
  // 2026-09-25 and is gone now: a `lastEventId` parameter is an unknown parameter, ignored like any
  // other, so it acknowledges nothing; and the answer carries only `nextOffset`.
  const offset = toInt(getParam(params, 'offset'));
  if (offset !== undefined) {
    state.botEvents = state.botEvents.filter((e) => e.botId !== bot.id || e.eventId >= offset);
  }
  const rawLimit = getParam(params, 'limit');
  // Values outside 1..1000 are clamped into it (no error code is documented for them).
  const limit = isMissing(rawLimit)
    ? DEFAULT_LIMIT
    : Math.min(Math.max(toInt(rawLimit) ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const pending = state.botEvents.filter((e) => e.botId === bot.id).sort((a, b) => a.eventId - b.eventId);
  const page = pending.slice(0, limit);
  const last = page[page.length - 1];
  // With nothing to return, the cursor points at the next event to come, so that storing it (as the
  // docs ask, even when hasMore is false) never skips an event.
  const nextOffset = last ? last.eventId + 1 : upcomingBotEventId(state);
  return {
    result: {
      events: page.map((e) => ({ eventId: e.eventId, type: e.type, date: e.date, data: e.data })),
      nextOffset,
      hasMore: pending.length > page.length,
    },
  };
}

export const eventMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Event.get', scopes: ['imbot'], handler: eventGet },
];
