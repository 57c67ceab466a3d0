/**
 * Portal failures of bot calls → the UserError to return. The shared table
 * (graphql-errors/portal-error-map.ts) decides first: access and infrastructure failures become
 * GraphQL errors there. A business outcome is then narrowed to the bot-specific type the portal
 * code stands for, since the table's outcomes are the shared UserErrorCodes.
 */
import { classifyPortalError } from '../graphql-errors/classify-portal-error.js';
import { portalGraphQLError } from '../graphql-errors/facade-errors.js';
import type { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { rememberPortalCause } from '../graphql-errors/portal-cause.js';
import { createUserError, type UserError } from '../graphql-errors/user-error.types.js';
import { PortalError } from '../backends/bitrix24/portal-error.js';
import { BotNotInChat, BotTypeNotAllowed, ReactionAlreadySet } from './bot-errors.types.js';

/** Methods whose ACCESS_DENIED means "the bot is not in this chat" (docs/bitrix24-contract.md §7.5, docs/bitrix24-contract.md §7.6, docs/bitrix24-contract.md §7.9, docs/bitrix24-contract.md §7.12). */
const NOT_IN_CHAT_METHODS = new Set([
  'imbot.v2.chat.get',
  'imbot.v2.chat.message.send',
  'imbot.v2.chat.message.read',
  'imbot.v2.chat.message.reaction.add',
  'imbot.v2.chat.message.reaction.delete',
]);

/** For a field the portal complained about, the input path to name in ValidationFailed. */
const FIELD_BY_CODE: Readonly<Record<string, string>> = {
  REACTION_NOT_FOUND: 'input.reaction',
  EMPTY_MESSAGE: 'input.text',
  BOT_CODE_REQUIRED: 'input.code',
  BOT_PROPERTIES_REQUIRED: 'input.name',
  BOT_INVALID_TYPE: 'input.type',
  BOT_TOKEN_INVALID_LENGTH: 'botToken',
  ATTACH_ERROR: 'input.attach',
  ATTACH_OVERSIZE: 'input.attach',
};

export function botFailure(e: unknown): UserError {
  if (!(e instanceof PortalError)) throw e;
  const outcome = classifyPortalError(e);
  if (outcome.kind === 'graphql') throw portalGraphQLError(e);
  return rememberPortalCause(botUserError(e, outcome.code, outcome.message), e);
}

function botUserError(e: PortalError, outcomeCode: UserErrorCode, message: string): UserError {
  const code = e.code.toUpperCase();
  if (code === 'BOT_TYPE_NOT_ALLOWED') return new BotTypeNotAllowed();
  if (code === 'REACTION_ALREADY_SET') return new ReactionAlreadySet();
  if (code === 'ACCESS_DENIED' && NOT_IN_CHAT_METHODS.has(e.method.toLowerCase())) return new BotNotInChat();
  return createUserError(outcomeCode, message, FIELD_BY_CODE[code] ?? 'input');
}
