/**
 * `im.message.add`: a portal user posts to a dialog (DIALOG_ID `chatN`, `sgN` or a user id), answering
 * with the new message's id as a number. Bots in the chat hear about it as about any message.
 */
import { EmulatorError } from '../core/emulator-error.js';
import type { MethodDefinition } from '../core/method.js';
import { getParam, isMissing, toBool, toStr } from '../core/params.js';
import { notifyBotsOfMessage } from '../bots/bot-events.js';
import { chatRole, postLevel, roleSatisfies } from './chat-access.js';
import { appendMessage } from './chat-history.js';
import { resolveDialog } from './dialog-id.js';

/** The portal cuts longer texts; the bots module keeps the same limit. */
const MAX_TEXT = 20_000;

/**
 * The page documents no DIALOG_ID_EMPTY for this method: its codes are USER_ID_EMPTY ("recipient not
 * given" for a private dialog, which is where an absent DIALOG_ID lands) and CHAT_ID_EMPTY (a `chat`
 * prefix without a number).
 */
function dialogIdOf(params: Parameters<MethodDefinition['handler']>[0]): string {
  const dialogId = toStr(getParam(params, 'DIALOG_ID'))?.trim() ?? '';
  if (/^(chat|sg)0*$/i.test(dialogId)) {
    throw new EmulatorError(400, 'CHAT_ID_EMPTY', 'Chat ID can not be empty');
  }
  if (dialogId === '' || /^0+$/.test(dialogId)) {
    throw new EmulatorError(400, 'USER_ID_EMPTY', 'User ID can not be empty');
  }
  return dialogId;
}

export const imMessageAdd: MethodDefinition = {
  name: 'im.message.add',
  scopes: ['im'],
  handler: (params, ctx) => {
    const chat = resolveDialog(dialogIdOf(params), ctx);
    const text = (toStr(getParam(params, 'MESSAGE')) ?? '').slice(0, MAX_TEXT);
    const attach = getParam(params, 'ATTACH');
    const hasAttach = !isMissing(attach);
    if (text.trim() === '' && !hasAttach) {
      throw new EmulatorError(400, 'MESSAGE_EMPTY', "Message can't be empty");
    }
    // A chat restricted to managers (can_post) refuses other members, as it refuses their polls.
    if (chat.kind !== 'private' && !roleSatisfies(chatRole(chat, ctx.user.id), postLevel(chat))) {
      throw new EmulatorError(403, 'ACCESS_ERROR', 'You do not have access to the specified dialog');
    }
    const messageParams: Record<string, unknown> = {};
    if (hasAttach) messageParams.ATTACH = attach;
    if (toBool(getParam(params, 'URL_PREVIEW')) === false) messageParams.URL_PREVIEW = 'N';
    const now = ctx.now();
    const message = appendMessage(
      ctx.state,
      {
        chatId: chat.id,
        authorId: ctx.user.id,
        text,
        params: messageParams,
        source: 'user',
        uuid: toStr(getParam(params, 'TEMPLATE_ID'))?.trim() ?? '',
      },
      now,
    );
    notifyBotsOfMessage(ctx.state, 'ONIMBOTV2MESSAGEADD', message, now);
    return { result: message.id };
  },
};
