/** The bot feature's resolver classes, registered in src/app/resolvers.ts. */
import { BotMessageResolver } from './bot-message.resolver.js';
import { BotResolver } from './bot.resolver.js';

export const BOT_RESOLVERS = [BotResolver, BotMessageResolver] as const;
