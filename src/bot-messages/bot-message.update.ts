/**
 * updateBotMessage. The portal answers every refused edit with ACCESS_DENIED (not the bot's, a
 * system message, or missing); on that answer the facade finds out which, when it can.
 */
import {
  MessageNotFound,
  PermissionDenied,
  ValidationFailed,
  type UserError,
} from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { SystemMessageNotEditable } from './bot-errors.types.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { BOT_FAILURE, upstreamCodeOf } from './bot-failure.js';
import { resolveBotAuth } from './bot-identity.js';
import type { UpdateBotMessageInput } from './bot.inputs.js';
import type { BotAuth } from './bot.model.js';
import { BOT_BACKEND, type BotBackend } from './bot.backend.js';
import { UpdateBotMessageSuccess } from './bot.results.js';
import { checkAttach, checkKeyboard, checkText } from './message-content.validation.js';
import { checkMessageId } from './message-id.validation.js';

type Fields = Parameters<BotBackend['updateMessage']>[2];

function prepare(input: UpdateBotMessageInput, botId: number): Fields | ValidationFailed {
  const textError = checkText(input.text, 'input.text');
  if (textError) return textError;
  if (input.keyboard && input.removeKeyboard) {
    return new ValidationFailed(
      'input.removeKeyboard',
      'Give keyboard or removeKeyboard, not both.',
      'oneOf',
    );
  }
  const fields: Fields = {};
  if (input.text != null) {
    if (input.text.trim() === '')
      return new ValidationFailed('input.text', 'The text cannot be empty.', 'required');
    fields.message = input.text;
  }
  if (input.attach) {
    const checked = checkAttach(input.attach);
    if (!checked.ok) return checked.error;
    fields.attach = checked.value;
  }
  if (input.keyboard) {
    const checked = checkKeyboard(input.keyboard, botId);
    if (!checked.ok) return checked.error;
    fields.keyboard = checked.value;
  }
  // "N" removes the keyboard (docs/bitrix24-contract.md §7.7).
  if (input.removeKeyboard) fields.keyboard = 'N';
  if (input.urlPreview != null) fields.urlPreview = input.urlPreview;
  if (Object.keys(fields).length === 0) {
    return new ValidationFailed(
      'input',
      'Give at least one of text, attach, keyboard, removeKeyboard, urlPreview.',
      'minProperties',
    );
  }
  return fields;
}

/** Which of the reasons behind an ACCESS_DENIED applies; PermissionDenied when it cannot be told. */
async function diagnose(
  ctx: GraphQLContext,
  auth: BotAuth,
  messageId: number,
  fallback: UserError,
): Promise<UserError> {
  // Per portal and bot: message ids repeat across the portals of a multi-portal facade.
  if (await ctx.state.systemMessages.has(ctx.backend(BOT_BACKEND).origin, auth.botId, messageId)) {
    return new SystemMessageNotEditable();
  }
  try {
    // Only supervisor/personal bots may read a message; for the others this fails and we keep the fallback.
    const { message } = await ctx.backend(BOT_BACKEND).getMessage(auth, messageId);
    if (message.isSystem) return new SystemMessageNotEditable();
    return fallback;
  } catch (e) {
    if (upstreamCodeOf(e) === 'MESSAGE_NOT_FOUND') return new MessageNotFound();
    return fallback;
  }
}

export async function updateBotMessageOperation(
  ctx: GraphQLContext,
  input: UpdateBotMessageInput,
): Promise<UpdateBotMessageSuccess | UserError> {
  const badId = checkMessageId(input.messageId, 'input.messageId');
  if (badId) return badId;
  const auth = await resolveBotAuth(ctx, input.botId);
  if (auth instanceof ValidationFailed) return auth;
  const fields = prepare(input, auth.botId);
  if (fields instanceof ValidationFailed) return fields;
  try {
    await ctx.backend(BOT_BACKEND).updateMessage(auth, input.messageId, fields);
    return Object.assign(new UpdateBotMessageSuccess(), { messageId: input.messageId });
  } catch (e) {
    const failure = failureToUserError(e, BOT_FAILURE);
    const accessDenied = upstreamCodeOf(e) === 'ACCESS_DENIED';
    if (!accessDenied) return failure;
    const fallback = new PermissionDenied(
      "The message is not this bot's own, is a system message, or does not exist.",
    );
    return diagnose(ctx, auth, input.messageId, fallback);
  }
}
