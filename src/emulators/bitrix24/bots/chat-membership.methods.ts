/**
 * `im.chat.user.add`: how a bot gets into a group chat. A real portal method outside the contract
 * pages (params `CHAT_ID`, `USERS`; scope `im`; the caller must be a member). Adding a bot queues
 * ONIMBOTV2JOINCHAT for it.
 */
import { EmulatorError } from '../core/emulator-error.js';
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, isMissing, toInt, toList } from '../core/params.js';
import { queueBotEvent } from './bot-events.js';
import { botExtended, chatEventView, userFull } from './bot-views.js';
import { isActiveUser } from '../store/state.js';

function chatUserAdd(params: Params, ctx: CallContext) {
  const { state } = ctx;
  const rawChatId = getParam(params, 'CHAT_ID');
  if (isMissing(rawChatId)) throw new EmulatorError(400, 'CHAT_ID_EMPTY', 'Chat ID can not be empty');
  const rawUsers = getParam(params, 'USERS');
  const listed = toList(rawUsers) ?? (isMissing(rawUsers) ? [] : [rawUsers]);
  const userIds = [...new Set(listed.map(toInt).filter((id): id is number => id !== undefined))];
  if (userIds.length === 0) throw new EmulatorError(400, 'USERS_EMPTY', 'Users can not be empty');
  const chat = state.chats.get(toInt(rawChatId) ?? -1);
  // An unknown chat looks the same as a chat the caller is not in; one-to-one chats take no members.
  if (!chat || chat.kind === 'private' || !chat.memberIds.includes(ctx.user.id)) {
    throw new EmulatorError(403, 'ACCESS_ERROR', 'You do not have access to this chat');
  }
  const now = ctx.now();
  for (const id of userIds) {
    // Unknown or deactivated users are skipped, as the portal skips them.
    if (!isActiveUser(state.users.get(id)) || chat.memberIds.includes(id)) continue;
    chat.memberIds.push(id);
    const bot = state.bots.get(id);
    if (!bot) continue;
    bot.countChat += 1;
    const adder = state.users.get(ctx.user.id);
    queueBotEvent(
      state,
      bot.id,
      'ONIMBOTV2JOINCHAT',
      {
        bot: botExtended(bot),
        chat: chatEventView(state, chat, bot.id),
        user: adder ? userFull(adder, now) : null,
      },
      now,
    );
  }
  return { result: true };
}

export const chatMembershipMethods: MethodDefinition[] = [
  { name: 'im.chat.user.add', scopes: ['im'], handler: chatUserAdd },
];
