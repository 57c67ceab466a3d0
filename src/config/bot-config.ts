/**
 * Bot identity from the environment (read by `src/config/config.ts`). A bot's token is a secret: it comes
 * from here or from the `X-Bot-Token` request header, never from a GraphQL argument that another
 * caller could forge or read back.
 *
 *   BITRIX24_BOT_ID      default bot id when an operation omits `botId`
 *   BITRIX24_BOT_TOKEN   the bot token for webhook transport (≤ 40 chars, docs/bitrix24-contract.md §1.4)
 *   BITRIX24_BOT_TOKENS  several bots: `key=token` pairs separated by commas, where key is a bot
 *                        code (used by registerBot) or a numeric bot id
 */
import { readInteger, readString, type Env, type ProblemList } from './env-readers.js';

export const MAX_BOT_TOKEN_LENGTH = 40;

export interface BotConfig {
  readonly defaultBotId: number | null;
  readonly defaultToken: string | null;
  /** code or numeric id → token */
  readonly tokens: Readonly<Record<string, string>>;
}

function validToken(token: string): boolean {
  return token.length <= MAX_BOT_TOKEN_LENGTH && !/\s/.test(token);
}

function readTokenMap(env: Env, problems: ProblemList): Record<string, string> {
  const raw = readString(env, 'BITRIX24_BOT_TOKENS');
  const tokens: Record<string, string> = {};
  if (raw === undefined) return tokens;
  for (const pair of raw.split(',')) {
    if (pair.trim() === '') continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? '' : pair.slice(0, at).trim();
    const token = at < 0 ? '' : pair.slice(at + 1).trim();
    if (key === '' || token === '') {
      problems.add('BITRIX24_BOT_TOKENS must be a comma-separated list of <bot code or id>=<token>');
      continue;
    }
    if (!validToken(token)) {
      problems.add(`BITRIX24_BOT_TOKENS: the token for ${key} must be 1..${MAX_BOT_TOKEN_LENGTH} characters`);
      continue;
    }
    tokens[key] = token;
  }
  return tokens;
}

export function readBotConfig(env: Env, problems: ProblemList): BotConfig {
  const id = readInteger(env, 'BITRIX24_BOT_ID', 0, { min: 0, max: Number.MAX_SAFE_INTEGER }, problems);
  const token = readString(env, 'BITRIX24_BOT_TOKEN');
  if (token !== undefined && !validToken(token)) {
    problems.add(`BITRIX24_BOT_TOKEN must be at most ${MAX_BOT_TOKEN_LENGTH} characters, without spaces`);
  }
  return {
    defaultBotId: id > 0 ? id : null,
    defaultToken: token !== undefined && validToken(token) ? token : null,
    tokens: readTokenMap(env, problems),
  };
}

/** Every bot token of the configuration, so that error texts can be scrubbed of them. */
export function botConfigSecrets(config: BotConfig): string[] {
  return [...(config.defaultToken ? [config.defaultToken] : []), ...Object.values(config.tokens)];
}
