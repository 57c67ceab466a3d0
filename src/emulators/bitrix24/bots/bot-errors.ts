/**
 * imbot.v2 business errors. The pages only say "400, 403" (docs/bitrix24-contract.md §7.0, docs/bitrix24-contract.md §10 #13): permission-like
 * codes get 403, everything else 400. Clients must branch on `error`, never on the status.
 */
import { EmulatorError } from '../core/emulator-error.js';

const DESCRIPTIONS = {
  BOT_TOKEN_NOT_SPECIFIED: 'Bot token is not specified',
  // docs/bitrix24-contract.md §10 #25: the text is not documented; this one is invented by the emulator.
  BOT_TOKEN_INVALID_LENGTH: 'Bot token is too long',
  BOT_ID_REQUIRED: 'Bot ID is required',
  BOT_NOT_FOUND: 'Bot not found',
  BOT_OWNERSHIP_ERROR: 'Bot is registered by another application',
  BOT_CODE_REQUIRED: 'Bot code is required',
  BOT_PROPERTIES_REQUIRED: 'Bot properties are required',
  BOT_CODE_ALREADY_TAKEN: 'Bot code is already taken',
  BOT_INVALID_TYPE: 'Invalid bot type',
  BOT_INVALID_EVENT_MODE: 'Invalid event mode',
  BOT_WEBHOOK_URL_REQUIRED: 'Webhook URL is required',
  BOT_REGISTER_FAILED: 'Bot registration failed',
  BOT_INVALID_CALLBACK: 'Invalid callback URL',
  BOT_LIMIT_EXCEEDED: 'Bot limit exceeded',
  BOT_AVATAR_INCORRECT_TYPE: 'Avatar must be an image',
  BOT_AVATAR_INCORRECT_SIZE: 'Avatar exceeds maximum size',
  BOT_UNREGISTER_FAILED: 'Bot unregistration failed',
  PARAMS_REQUIRED: 'Required parameters are missing',
  ACCESS_DENIED: 'Access denied',
  EMPTY_MESSAGE: 'Message is empty',
  SENDING_FAILED: 'Sending failed',
  // attachments/index.md lists the codes without a text; these are the emulator's own wording.
  ATTACH_ERROR: 'Incorrect attachment structure',
  ATTACH_OVERSIZE: 'Attachment exceeds the maximum size',
  MESSAGE_NOT_FOUND: 'Message not found',
  MESSAGE_ACCESS_DENIED: 'Message access denied',
  BOT_TYPE_NOT_ALLOWED: 'Bot type not allowed',
  REACTION_NOT_FOUND: 'Reaction not found',
  REACTION_ALREADY_SET: 'Reaction already set',
  SCOPE_ERROR: 'Scope error',
  AUTH_ERROR: 'Auth error',
  USER_NOT_SUBSCRIBED: 'User not subscribed',
} as const;

export type BotErrorCode = keyof typeof DESCRIPTIONS;

const FORBIDDEN = new Set<BotErrorCode>([
  'ACCESS_DENIED',
  'BOT_OWNERSHIP_ERROR',
  'BOT_TYPE_NOT_ALLOWED',
  'MESSAGE_ACCESS_DENIED',
  'SCOPE_ERROR',
]);

export function botError(code: BotErrorCode): EmulatorError {
  return new EmulatorError(FORBIDDEN.has(code) ? 403 : 400, code, DESCRIPTIONS[code]);
}
