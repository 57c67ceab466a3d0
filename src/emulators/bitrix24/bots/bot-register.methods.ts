/** imbot.v2.Bot.register / get / list / unregister (docs/bitrix24-contract.md §7.1–docs/bitrix24-contract.md §7.4). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toBool, toInt, toObject, toStr } from '../core/params.js';
import { freshId, type EmBot, type EmUser } from '../store/state.js';
import { callerOwner, MAX_BOT_TOKEN_LENGTH, requireOwnedBot } from './bot-auth.js';
import { checkAvatar } from './bot-avatar.js';
import { botError } from './bot-errors.js';
import { botBrief, botExtended, userBrief, userFull } from './bot-views.js';

const BOT_TYPES = ['bot', 'supervisor', 'personal', 'openline', 'network'] as const;
const EVENT_MODES = ['fetch', 'webhook'] as const;
const BACKGROUNDS = ['azure', 'mint', 'steel', 'slate', 'teal', 'cornflower', 'sky', 'peach', 'frost'];
const MAX_BOTS_PER_OWNER = 100;
const DEFAULT_LIST_LIMIT = 50;
// docs/bitrix24-contract.md §7.3: the maximum is not documented; no owner can have more than 100 bots anyway.
const MAX_LIST_LIMIT = 100;

/** The chat colour list `properties.color` is chosen from. */
const COLORS: Record<string, string> = {
  RED: '#df532d',
  GREEN: '#64a513',
  MINT: '#4ba984',
  LIGHT_BLUE: '#4ba5c3',
  DARK_BLUE: '#3e99ce',
  PURPLE: '#8474c8',
  AQUA: '#1eb4aa',
  PINK: '#f76187',
  LIME: '#58cc47',
  BROWN: '#ab7761',
  AZURE: '#29619b',
  KHAKI: '#728f7a',
  SAND: '#ba9c7b',
  MARENGO: '#556574',
  GRAY: '#909090',
  GRAPHITE: '#3b4454',
};

function oneOf<T extends string>(allowed: readonly T[], value: unknown, fallback: T): T | undefined {
  if (isMissing(value)) return fallback;
  const text = toStr(value)?.toLowerCase();
  return allowed.find((a) => a === text);
}

function pickColor(requested: unknown, seed: number): string {
  const named = COLORS[toStr(requested)?.toUpperCase() ?? ''];
  if (named) return named;
  const palette = Object.values(COLORS);
  return palette[seed % palette.length] ?? '#df532d';
}

function readUrl(value: unknown): string | undefined {
  const text = toStr(value);
  if (!text) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? text : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `properties.name` with no `lastName`: the documented example registers "Support Bot" and gets
 * firstName "Support", lastName "Bot" (full name unchanged), so the name is split at its first space.
 */
function splitName(name: string, lastName: string): { firstName: string; lastName: string } {
  if (lastName) return { firstName: name, lastName };
  const space = name.indexOf(' ');
  if (space < 0) return { firstName: name, lastName: '' };
  return { firstName: name.slice(0, space), lastName: name.slice(space + 1).trim() };
}

function register(params: Params, ctx: CallContext) {
  const owner = callerOwner(params, ctx, true);
  if (owner.startsWith('token:') && owner.length - 'token:'.length > MAX_BOT_TOKEN_LENGTH) {
    throw botError('BOT_TOKEN_INVALID_LENGTH');
  }
  const fields = toObject(getParam(params, 'fields')) ?? {};
  const code = toStr(getParam(fields, 'code'))?.trim();
  if (!code) throw botError('BOT_CODE_REQUIRED');

  const { state } = ctx;
  const existing = [...state.bots.values()].find((b) => b.code === code);
  if (existing && existing.owner !== owner) throw botError('BOT_CODE_ALREADY_TAKEN');
  // Idempotent per (owner, code): the existing bot comes back unchanged (Bot.update changes it).
  if (existing)
    return { result: { bot: botExtended(existing), users: botUsers([existing.id], ctx, 'full') } };

  const properties = toObject(getParam(fields, 'properties'));
  const name = toStr(properties && getParam(properties, 'name'))?.trim();
  if (!properties || !name) throw botError('BOT_PROPERTIES_REQUIRED');
  const type = oneOf(BOT_TYPES, getParam(fields, 'type'), 'bot');
  if (!type) throw botError('BOT_INVALID_TYPE');
  const eventMode = oneOf(EVENT_MODES, getParam(fields, 'eventMode'), 'fetch');
  if (!eventMode) throw botError('BOT_INVALID_EVENT_MODE');
  const rawWebhookUrl = getParam(fields, 'webhookUrl');
  if (eventMode === 'webhook' && isMissing(rawWebhookUrl)) throw botError('BOT_WEBHOOK_URL_REQUIRED');
  const webhookUrl = isMissing(rawWebhookUrl) ? null : readUrl(rawWebhookUrl);
  if (webhookUrl === undefined) throw botError('BOT_INVALID_CALLBACK');
  checkAvatar(getParam(properties, 'avatar'));
  const owned = [...state.bots.values()].filter((b) => b.owner === owner).length;
  if (owned >= MAX_BOTS_PER_OWNER) throw botError('BOT_LIMIT_EXCEEDED');

  const id = freshId(state, 'user', state.users);
  const { firstName, lastName } = splitName(name, toStr(getParam(properties, 'lastName'))?.trim() ?? '');
  const gender = toStr(getParam(properties, 'gender'))?.toUpperCase();
  const user: EmUser = {
    id,
    name: `${firstName} ${lastName}`.trim(),
    firstName,
    lastName,
    workPosition: toStr(getParam(properties, 'workPosition')) ?? '',
    isAdmin: false,
    isBot: true,
    gender: gender === 'M' || gender === 'F' ? gender : '',
    email: '',
    color: pickColor(getParam(properties, 'color'), id),
    active: true,
  };
  const background = toStr(getParam(fields, 'backgroundId'))?.toLowerCase();
  const bot: EmBot = {
    id,
    code,
    type,
    owner,
    eventMode,
    webhookUrl,
    isHidden: toBool(getParam(fields, 'isHidden')) ?? false,
    isReactionsEnabled: toBool(getParam(fields, 'isReactionsEnabled')) ?? true,
    isSupportOpenline: toBool(getParam(fields, 'isSupportOpenline')) ?? false,
    // Any value outside the list is stored as null, silently (docs/bitrix24-contract.md §7.1).
    backgroundId: background && BACKGROUNDS.includes(background) ? background : null,
    language: toStr(getParam(fields, 'language')) || 'en',
    countMessage: 0,
    countCommand: 0,
    // A new bot is in no chat; a member adds it with im.chat.user.add.
    countChat: 0,
    countUser: 0,
  };
  state.users.set(id, user);
  state.bots.set(id, bot);
  return { result: { bot: botExtended(bot), users: [userFull(user, ctx.now())] } };
}

function botUsers(ids: number[], ctx: CallContext, form: 'full' | 'brief'): Record<string, unknown>[] {
  const users = ids.map((id) => ctx.state.users.get(id)).filter((u): u is EmUser => u !== undefined);
  return users.map((u) => (form === 'full' ? userFull(u, ctx.now()) : userBrief(u)));
}

function get(params: Params, ctx: CallContext) {
  const owner = callerOwner(params, ctx);
  const rawId = getParam(params, 'botId');
  const code = toStr(getParam(params, 'code'));
  if (isMissing(rawId) && !code) throw botError('PARAMS_REQUIRED');
  const bots = [...ctx.state.bots.values()];
  const bot = isMissing(rawId) ? bots.find((b) => b.code === code) : ctx.state.bots.get(toInt(rawId) ?? -1);
  if (!bot) throw botError('BOT_NOT_FOUND');
  const view = bot.owner === owner ? botExtended(bot) : botBrief(bot);
  return { result: { bot: view, users: botUsers([bot.id], ctx, 'brief') } };
}

function list(params: Params, ctx: CallContext) {
  const owner = callerOwner(params, ctx);
  const filter = toObject(getParam(params, 'filter')) ?? {};
  const type = toStr(getParam(filter, 'type'));
  const requested = toInt(getParam(params, 'limit'));
  const limit = requested && requested > 0 ? Math.min(requested, MAX_LIST_LIMIT) : DEFAULT_LIST_LIMIT;
  const offset = Math.max(toInt(getParam(params, 'offset')) ?? 0, 0);
  const mine = [...ctx.state.bots.values()]
    .filter((b) => b.owner === owner && (!type || b.type === type))
    .sort((a, b) => a.id - b.id);
  const page = mine.slice(offset, offset + limit);
  return {
    result: {
      bots: page.map(botExtended),
      users: botUsers(
        page.map((b) => b.id),
        ctx,
        'brief',
      ),
      hasNextPage: offset + limit < mine.length,
    },
  };
}

function unregister(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const { state } = ctx;
  state.bots.delete(bot.id);
  const user = state.users.get(bot.id);
  if (user) user.active = false;
  for (const chat of state.chats.values()) {
    chat.memberIds = chat.memberIds.filter((id) => id !== bot.id);
    chat.managerIds = chat.managerIds.filter((id) => id !== bot.id);
  }
  // Its event subscriptions go with it: nobody can read this queue any more.
  state.botEvents = state.botEvents.filter((e) => e.botId !== bot.id);
  return { result: { result: true } };
}

export const botRegistrationMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Bot.register', scopes: ['imbot'], handler: register },
  { name: 'imbot.v2.Bot.get', scopes: ['imbot'], handler: get },
  { name: 'imbot.v2.Bot.list', scopes: ['imbot'], handler: list },
  { name: 'imbot.v2.Bot.unregister', scopes: ['imbot'], handler: unregister },
];
