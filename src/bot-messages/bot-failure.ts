/**
 * Backend failures of bot calls → the UserError to return, through the one path
 * (graphql-errors' failureToUserError). The backend's table decides first: access and
 * infrastructure failures become GraphQL errors there. A business outcome is then narrowed to the
 * bot-specific type the upstream's code stands for, since the table's outcomes are the shared
 * UserErrorCodes. Only the neutral upstream descriptor (code, method) is read, never an error class.
 */
import { BackendFailure } from '../outcomes/backend-failure.js';
import type { FailureOptions } from '../graphql-errors/failure-to-user-error.js';
import { createUserError } from '../graphql-errors/user-error.types.js';
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

/** The upstream's code of a failure, upper-cased (the portal's casing varies), or '' when unknown. */
export function upstreamCodeOf(e: unknown): string {
  return e instanceof BackendFailure ? (e.upstream?.code.toUpperCase() ?? '') : '';
}

/** failureToUserError's options for every bot call. */
export const BOT_FAILURE: FailureOptions = {
  refine: (failure, outcome, text) => {
    const code = upstreamCodeOf(failure);
    const method = failure.upstream?.method.toLowerCase() ?? '';
    if (code === 'BOT_TYPE_NOT_ALLOWED') return new BotTypeNotAllowed();
    if (code === 'REACTION_ALREADY_SET') return new ReactionAlreadySet();
    if (code === 'ACCESS_DENIED' && NOT_IN_CHAT_METHODS.has(method)) return new BotNotInChat();
    return createUserError(outcome.code, text, FIELD_BY_CODE[code] ?? 'input');
  },
};
