/**
 * Who owns a bot, and whether the caller is that owner (docs/bitrix24-contract.md §1.4, docs/bitrix24-contract.md §7.0). Webhook registrations
 * belong to their `botToken`; OAuth registrations belong to the application's client id.
 */
import type { CallContext, Params } from '../core/method.js';
import { getParam, isMissing, toInt, toObject, toStr } from '../core/params.js';
import type { EmBot } from '../store/state.js';
import { botError } from './bot-errors.js';

export const MAX_BOT_TOKEN_LENGTH = 40;

/**
 * The owner key of the caller: `token:<botToken>` for webhooks, `app:<clientId>` for OAuth.
 * `Bot.register` may carry the token inside `fields` too (docs/bitrix24-contract.md §10 #14), so callers pass it.
 */
export function callerOwner(params: Params, ctx: CallContext, allowInFields = false): string {
  if (ctx.auth.kind === 'oauth') return `app:${ctx.auth.app.clientId}`;
  let token = toStr(getParam(params, 'botToken'));
  if (isMissing(token) && allowInFields) {
    token = toStr(getParam(toObject(getParam(params, 'fields')) ?? {}, 'botToken'));
  }
  if (token === undefined || isMissing(token)) throw botError('BOT_TOKEN_NOT_SPECIFIED');
  return `token:${token}`;
}

/** The bot named by `botId`, checked to belong to the caller (every method but register/get/list). */
export function requireOwnedBot(params: Params, ctx: CallContext): EmBot {
  const owner = callerOwner(params, ctx);
  const rawId = getParam(params, 'botId');
  if (isMissing(rawId)) throw botError('BOT_ID_REQUIRED');
  const bot = ctx.state.bots.get(toInt(rawId) ?? -1);
  if (!bot) throw botError('BOT_NOT_FOUND');
  if (bot.owner !== owner) throw botError('BOT_OWNERSHIP_ERROR');
  return bot;
}
