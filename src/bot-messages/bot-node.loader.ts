/**
 * Bots by id for `node`/`nodes` (`imbot.v2.Bot.get`, docs/bitrix24-contract.md §7). Reads go with the credential
 * and token the `bots` query uses, so a bot the caller could list can be refetched. Bots are few
 * (at most 100 per application): one request per distinct bot id, deduplicated per request.
 */
import { nullIfNotVisible } from '../graphql-errors/not-visible.js';
import DataLoader from 'dataloader';
import { registrationToken } from './bot-identity.js';
import { toBotObject } from './bot.mappers.js';
import { BOT_BACKEND } from './bot.backend.js';
import type { BotObject } from './bot.types.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import type { GraphQLContext } from '../graphql/context.js';

/** Answers that mean "no such bot for this caller": the node is then null, as Relay expects. */
const INVISIBLE: readonly UserErrorCode[] = [
  UserErrorCode.BOT_NOT_FOUND,
  UserErrorCode.NOT_FOUND,
  UserErrorCode.PERMISSION_DENIED,
];

async function readBot(ctx: GraphQLContext, botId: number): Promise<BotObject | null> {
  // Webhook mode: a bot call needs a bot token (header or configuration), as for `bots`.
  const token = ctx.identity.mode === 'webhook' ? registrationToken(ctx, '') : undefined;
  try {
    const { bot, users } = await ctx.backend(BOT_BACKEND).get({ botId }, token);
    return toBotObject(bot, users);
  } catch (error) {
    return nullIfNotVisible(error, INVISIBLE);
  }
}

export function botNodeLoaderOf(ctx: GraphQLContext): DataLoader<number, BotObject | null> {
  return ctx.loaders.get(
    'node.botsById',
    () =>
      new DataLoader<number, BotObject | null>((ids) =>
        Promise.all(ids.map((id) => readBot(ctx, id).catch((e: unknown) => asError(e)))),
      ),
  );
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));
