/**
 * sendBotMessage: validation before any portal call, the idempotency key → templateId (a key
 * reused with other content is refused, see idempotency-fingerprints.ts), and the message object
 * built from what was sent (the send answer carries only ids).
 */
import { createHash, randomUUID } from 'node:crypto';
import { ValidationFailed, type UserError } from '../graphql-errors/user-error.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { failureToUserError } from '../graphql-errors/failure-to-user-error.js';
import { BOT_FAILURE } from './bot-failure.js';
import { resolveBotAuth } from './bot-identity.js';
import type { SendBotMessageInput } from './bot.inputs.js';
import { BOT_BACKEND, type BotBackend } from './bot.backend.js';
import { BotForwardedMessage, SendBotMessageSuccess } from './bot.results.js';
import { botGlobalId, BotMessageObject } from './bot.types.js';
import { checkAttach, checkKeyboard, checkText, MAX_FORWARDS } from './message-content.validation.js';
import { groupChatIdOf, isBotDialogId } from '../validation/dialog-id.js';
import { fingerprintOf, sendKey } from '../state/idempotency-fingerprints.js';
import type { FingerprintStore } from '../state/shared-state.js';
import { checkMessageId, checkMessageIds } from './message-id.validation.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A bot's dialog: `chat<chatId>` or a user id (anything else would reach the portal as a bad id). */
const MAX_KEY_LENGTH = 200;

/** A UUID-shaped string derived from `text` (the portal documents templateId as a UUID). */
function uuidFrom(text: string): string {
  const h = createHash('sha256').update(text, 'utf8').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function templateIdFor(key: string | null | undefined): string {
  if (key === null || key === undefined) return randomUUID();
  return UUID.test(key) ? key.toLowerCase() : uuidFrom(`idempotency:${key}`);
}

export function chatIdOfDialog(dialogId: string): number | null {
  return groupChatIdOf(dialogId);
}

type Prepared = {
  fields: Parameters<BotBackend['sendMessage']>[1];
  keyboard: Record<string, unknown> | null;
  attach: Record<string, unknown>[];
  forwards: Array<[string, number]>;
};

function prepare(input: SendBotMessageInput, botId: number, templateId: string): Prepared | ValidationFailed {
  if (!isBotDialogId(input.dialogId)) {
    return new ValidationFailed('input.dialogId', 'Use "chat<chatId>" or a user id.', 'pattern');
  }
  const textError = checkText(input.text, 'input.text');
  if (textError) return textError;
  const forwardIds = input.forwardMessageIds ?? [];
  if (forwardIds.length > MAX_FORWARDS) {
    return new ValidationFailed(
      'input.forwardMessageIds',
      `At most ${MAX_FORWARDS} messages can be forwarded at once.`,
      'maxItems',
    );
  }
  let attach: Record<string, unknown>[] = [];
  if (input.attach) {
    const checked = checkAttach(input.attach);
    if (!checked.ok) return checked.error;
    attach = [checked.value];
  }
  let keyboard: Record<string, unknown> | null = null;
  if (input.keyboard && input.keyboard.length > 0) {
    const checked = checkKeyboard(input.keyboard, botId);
    if (!checked.ok) return checked.error;
    keyboard = checked.value;
  }
  if ((input.text ?? '').trim() === '' && attach.length === 0 && forwardIds.length === 0) {
    return new ValidationFailed('input.text', 'A message needs text, an attachment or forwards.', 'required');
  }
  // Forward uuids derive from the templateId, so a retried send carries the very same map.
  const forwards = forwardIds.map((id, i): [string, number] => [uuidFrom(`${templateId}:${i}`), id]);
  const fields: Prepared['fields'] = {
    dialogId: input.dialogId,
    templateId,
    ...(input.text ? { message: input.text } : {}),
    ...(attach.length ? { attach: attach[0] } : {}),
    ...(keyboard ? { keyboard } : {}),
    ...(input.system != null ? { system: input.system } : {}),
    ...(input.urlPreview != null ? { urlPreview: input.urlPreview } : {}),
    ...(input.replyToMessageId != null ? { replyId: input.replyToMessageId } : {}),
    ...(forwards.length ? { forwardIds: Object.fromEntries(forwards) } : {}),
  };
  return { fields, keyboard, attach, forwards };
}

/**
 * The send fields that make up a message's content, normalised (a defaulted field given or not
 * is the same content), for the idempotency fingerprint.
 */
function contentOf(input: SendBotMessageInput, prepared: Prepared): Record<string, unknown> {
  return {
    text: input.text ?? '',
    attach: prepared.attach,
    keyboard: prepared.keyboard,
    forwards: prepared.forwards.map(([, id]) => id),
    reply: input.replyToMessageId ?? null,
    system: input.system === true,
    urlPreview: input.urlPreview ?? true,
  };
}

type Claim = { key: string; fingerprint: string; isNew: boolean };

/** Records the key's content on first use; a reuse with other content is refused. */
async function claimKey(
  keys: FingerprintStore,
  botId: number,
  input: SendBotMessageInput,
  templateId: string,
  prepared: Prepared,
  portal: string,
): Promise<Claim | ValidationFailed> {
  const key = sendKey(botId, input.dialogId, templateId, portal);
  const fingerprint = fingerprintOf(contentOf(input, prepared));
  const outcome = await keys.check(key, fingerprint);
  if (outcome === 'mismatch') {
    return new ValidationFailed(
      'input.idempotencyKey',
      'This idempotencyKey was already used for a different message in this dialog; use a new key for new content.',
      'reusedWithDifferentContent',
    );
  }
  return { key, fingerprint, isNew: outcome === 'new' };
}

export async function sendBotMessageOperation(
  ctx: GraphQLContext,
  input: SendBotMessageInput,
): Promise<SendBotMessageSuccess | UserError> {
  if (
    input.idempotencyKey != null &&
    (input.idempotencyKey === '' || input.idempotencyKey.length > MAX_KEY_LENGTH)
  ) {
    return new ValidationFailed('input.idempotencyKey', `Use 1..${MAX_KEY_LENGTH} characters.`, 'length');
  }
  const badId =
    checkMessageId(input.replyToMessageId, 'input.replyToMessageId') ??
    checkMessageIds(input.forwardMessageIds, 'input.forwardMessageIds');
  if (badId) return badId;
  const auth = await resolveBotAuth(ctx, input.botId);
  if (auth instanceof ValidationFailed) return auth;
  const templateId = templateIdFor(input.idempotencyKey);
  const prepared = prepare(input, auth.botId, templateId);
  if (prepared instanceof ValidationFailed) return prepared;
  // Only a caller's own key can be reused: without one the templateId is random.
  const claim =
    input.idempotencyKey == null
      ? null
      : await claimKey(
          ctx.state.botSendKeys,
          auth.botId,
          input,
          templateId,
          prepared,
          ctx.backend(BOT_BACKEND).origin,
        );
  if (claim instanceof ValidationFailed) return claim;
  let sent;
  try {
    sent = await ctx.backend(BOT_BACKEND).sendMessage(auth, prepared.fields);
  } catch (e) {
    const failure = failureToUserError(e, BOT_FAILURE);
    // The portal answered with a refusal: nothing was sent, so the key may carry other content.
    if (claim?.isNew) await ctx.state.botSendKeys.forget(claim.key, claim.fingerprint);
    return failure;
  }
  const system = input.system === true;
  if (system)
    await ctx.state.systemMessages.remember(ctx.backend(BOT_BACKEND).origin, auth.botId, sent.messageId);
  const chatId = chatIdOfDialog(input.dialogId);
  const message = Object.assign(new BotMessageObject(), {
    id: botGlobalId('BotMessage', sent.messageId),
    messageId: sent.messageId,
    chatId,
    dialogId: input.dialogId,
    text: input.text ?? '',
    isSystem: system,
    date: null,
    authorId: system ? 0 : auth.botId,
    author: null,
    botId: auth.botId,
    keyboard: prepared.keyboard,
    attach: prepared.attach,
    forward: null,
    viewedByOthers: false,
  });
  const forwarded = prepared.forwards
    .filter(([uuid]) => sent.uuidMap[uuid] !== undefined)
    .map(([uuid, originalMessageId]) =>
      Object.assign(new BotForwardedMessage(), { originalMessageId, messageId: sent.uuidMap[uuid] }),
    );
  return Object.assign(new SendBotMessageSuccess(), { botMessage: message, forwarded });
}
