/** imbot.v2.Chat.get and imbot.v2.Chat.Message.send (docs/bitrix24-contract.md §7.5, docs/bitrix24-contract.md §7.6). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toBool, toObject, toStr } from '../core/params.js';
import type { EmBot, EmChat, EmMessage } from '../store/state.js';
import { requireOwnedBot } from './bot-auth.js';
import { botIsInChat, botMayPost, findMessage, resolveBotDialog } from './bot-dialogs.js';
import { botError } from './bot-errors.js';
import { notifyBotsOfMessage } from './bot-events.js';
import { chatView } from './bot-views.js';
import { appendMessage } from './message-store.js';
import { cutText, normaliseAttach, normaliseKeyboard } from './message-fields.js';

const MAX_FORWARDS = 100;

function chatGet(params: Params, ctx: CallContext) {
  const bot = requireOwnedBot(params, ctx);
  const chat = resolveBotDialog(ctx.state, bot, getParam(params, 'dialogId'), ctx.now());
  return { result: { chat: chatView(ctx.state, chat, bot.id) } };
}

/** `{uuid: messageId}`; every message must exist in a chat the bot is in. */
function readForwards(ctx: CallContext, bot: EmBot, value: unknown): Array<[string, EmMessage]> {
  if (isMissing(value)) return [];
  const object = toObject(value);
  // An empty PHP array arrives as `[]`; anything else that is not a map is refused.
  if (!object) {
    if (Array.isArray(value) && value.length === 0) return [];
    throw botError('SENDING_FAILED');
  }
  const entries = Object.entries(object);
  // docs/bitrix24-contract.md §7.6: at most 100. The error code is not documented; SENDING_FAILED is "anything else".
  if (entries.length > MAX_FORWARDS) throw botError('SENDING_FAILED');
  return entries.map(([uuid, id]) => {
    const original = findMessage(ctx.state, id);
    if (!original || original.deleted || !botIsInChat(ctx.state, bot, original.chatId)) {
      throw botError('ACCESS_DENIED');
    }
    return [uuid, original];
  });
}

function readReplyId(ctx: CallContext, chat: EmChat, value: unknown): number | null {
  if (isMissing(value) || value === 0 || value === '0') return null;
  const reply = findMessage(ctx.state, value);
  // Not documented: a reply to a message outside this dialog is refused with the catch-all code.
  if (!reply || reply.chatId !== chat.id) throw botError('SENDING_FAILED');
  return reply.id;
}

function send(params: Params, ctx: CallContext) {
  const { state } = ctx;
  const now = ctx.now();
  const bot = requireOwnedBot(params, ctx);
  const chat = resolveBotDialog(state, bot, getParam(params, 'dialogId'), now);
  if (!botMayPost(chat, bot)) throw botError('ACCESS_DENIED');
  const fields = toObject(getParam(params, 'fields')) ?? {};

  const text = cutText(toStr(getParam(fields, 'message')) ?? '');
  const attach = normaliseAttach(getParam(fields, 'attach'));
  const keyboard = normaliseKeyboard(getParam(fields, 'keyboard'), bot.id);
  const system = toBool(getParam(fields, 'system')) ?? false;
  const urlPreview = toBool(getParam(fields, 'urlPreview')) ?? true;
  const replyId = readReplyId(ctx, chat, getParam(fields, 'replyId'));
  const forwards = readForwards(ctx, bot, getParam(fields, 'forwardIds'));
  if (text.trim() === '' && attach.length === 0 && forwards.length === 0) throw botError('EMPTY_MESSAGE');

  // docs/bitrix24-contract.md §7.6 leaves retries UNSPEC. Our choice: the same templateId from the same bot in the same
  // dialog is idempotent; the repeat returns the first result and creates nothing.
  const templateId = toStr(getParam(fields, 'templateId'))?.trim() ?? '';
  const templateKey = `${chat.id}:${templateId}`;
  const earlier = templateId ? bot.sentTemplates?.[templateKey] : undefined;
  if (earlier) return { result: { id: earlier.id, uuidMap: { ...earlier.uuidMap } } };

  const created: EmMessage[] = [];
  const authorId = system ? 0 : bot.id;
  if (text.trim() !== '' || attach.length > 0) {
    const messageParams: Record<string, unknown> = {};
    if (attach.length) messageParams.ATTACH = attach;
    if (keyboard) messageParams.KEYBOARD = keyboard;
    if (!urlPreview) messageParams.URL_PREVIEW = 'N';
    created.push(
      appendMessage(
        state,
        {
          chatId: chat.id,
          authorId,
          text,
          isSystem: system,
          params: messageParams,
          replyId,
          uuid: templateId,
          source: 'bot',
        },
        now,
      ),
    );
  }
  const uuidMap: Record<string, number> = {};
  for (const [uuid, original] of forwards) {
    const copy = appendMessage(
      state,
      {
        chatId: chat.id,
        authorId,
        text: original.text,
        isSystem: system,
        params: { ...original.params },
        forward: { id: original.id, userId: original.authorId, chatId: original.chatId, date: original.date },
        uuid,
        source: 'bot',
      },
      now,
    );
    uuidMap[uuid] = copy.id;
    created.push(copy);
  }

  bot.countMessage += created.length;
  for (const message of created) notifyBotsOfMessage(state, 'ONIMBOTV2MESSAGEADD', message, now, bot.id);
  const id = created[0]?.id ?? 0;
  // Written in place: copying the bot's whole map per send made every keyed send cost as much as
  // all the earlier ones together (a long-running bot's sends grew quadratically).
  if (templateId) (bot.sentTemplates ??= {})[templateKey] = { id, uuidMap: { ...uuidMap } };
  // An empty uuidMap is `{}` as in the example, not PHP's `[]` (docs/bitrix24-contract.md §10 #21).
  return { result: { id, uuidMap } };
}

export const messageSendMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Chat.get', scopes: ['imbot'], handler: chatGet },
  { name: 'imbot.v2.Chat.Message.send', scopes: ['imbot'], handler: send },
];
