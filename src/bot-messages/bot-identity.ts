/**
 * Which bot an operation acts as, and with which token (docs/bitrix24-contract.md §1.4). With OAuth (and the
 * emulator) the bot belongs to the application: no token, and when the server holds the
 * application's own token (BITRIX24_APP_*) the imbot.v2 calls go with it, so the bots are the
 * app's (its client_id) whoever the caller is; without it they go with the caller's token. With a webhook every call needs the
 * bot's token, taken from the request's `X-Bot-Token` header or else the configuration (by bot
 * id, by code, or the default token) — never from a GraphQL argument, which another caller could
 * forge or a log could keep.
 */
import { facadeError } from '../graphql-errors/facade-errors.js';
import { ValidationFailed } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { BOT_BACKEND } from './bot.backend.js';
import type { BotAuth } from './bot.model.js';

/** bot id → code. Both are fixed for a bot's life, so this process-wide memo never goes stale. */
const codeById = new Map<number, string>();
const MAX_REMEMBERED = 10_000;

function noToken(): Error {
  return facadeError(
    'UNAUTHENTICATED',
    'In webhook mode a bot call needs the bot token: send an X-Bot-Token header, or configure BITRIX24_BOT_TOKEN or BITRIX24_BOT_TOKENS.',
    { reason: 'BOT_TOKEN_REQUIRED' },
  );
}

/** The token for registering the bot with this code (webhook mode), or undefined with OAuth. */
export function registrationToken(ctx: GraphQLContext, code: string): string | undefined {
  if (ctx.identity.mode !== 'webhook') return undefined;
  const { bots } = ctx.config;
  const token = requestToken(ctx) ?? bots.tokens[code] ?? bots.defaultToken;
  if (!token) throw noToken();
  return token;
}

/** The token from the request's `X-Bot-Token` header, checked like the portal checks it (≤ 40). */
function requestToken(ctx: GraphQLContext): string | undefined {
  const token = ctx.requestBotToken;
  if (token === undefined) return undefined;
  if (token.length > 40) {
    throw facadeError('BAD_USER_INPUT', 'The X-Bot-Token header is longer than 40 characters.', {
      reason: 'BOT_TOKEN_INVALID_LENGTH',
    });
  }
  return token;
}

/**
 * The token for looking a bot up with imbot.v2.Bot.get (webhook mode; undefined with OAuth). Bot.get
 * answers non-owners too, so any token the request or configuration offers will do.
 */
export function botLookupToken(ctx: GraphQLContext, botId: number): string | undefined {
  if (ctx.identity.mode !== 'webhook') return undefined;
  const { bots } = ctx.config;
  const token =
    requestToken(ctx) ?? bots.tokens[String(botId)] ?? bots.defaultToken ?? Object.values(bots.tokens)[0];
  if (!token) throw noToken();
  return token;
}

async function tokenForBot(ctx: GraphQLContext, botId: number): Promise<string> {
  const fromRequest = requestToken(ctx);
  if (fromRequest) return fromRequest;
  const { bots } = ctx.config;
  const byId = bots.tokens[String(botId)];
  if (byId) return byId;
  const anyToken = bots.defaultToken ?? Object.values(bots.tokens)[0];
  if (!anyToken) throw noToken();
  const hasCodeKeys = Object.keys(bots.tokens).some((key) => !/^\d+$/.test(key));
  if (hasCodeKeys) {
    let code = codeById.get(botId);
    if (code === undefined) {
      // Bot.get answers non-owners too (brief format, which has the code), so any token will do.
      try {
        code = (await ctx.backend(BOT_BACKEND).get({ botId }, anyToken)).bot.code;
      } catch {
        code = '';
      }
      if (code && codeById.size < MAX_REMEMBERED) codeById.set(botId, code);
    }
    const byCode = code ? bots.tokens[code] : undefined;
    if (byCode) return byCode;
  }
  if (bots.defaultToken) return bots.defaultToken;
  throw noToken();
}

/** The BotAuth for `botId` (or the configured default), or ValidationFailed when there is none. */
export async function resolveBotAuth(
  ctx: GraphQLContext,
  botId: number | null | undefined,
  field = 'input.botId',
): Promise<BotAuth | ValidationFailed> {
  const id = botId ?? ctx.config.bots.defaultBotId;
  if (id === null || id === undefined) {
    return new ValidationFailed(field, 'Give botId (no BITRIX24_BOT_ID is configured).', 'required');
  }
  if (!Number.isInteger(id) || id <= 0) return new ValidationFailed(field, 'botId must be positive.', 'min');
  if (ctx.identity.mode !== 'webhook') return { botId: id };
  return { botId: id, botToken: await tokenForBot(ctx, id) };
}
