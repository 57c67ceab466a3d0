/** imbot.v2.Chat.Message.Reaction.add / delete (docs/bitrix24-contract.md §7.12, docs/bitrix24-contract.md §7.13). */
import type { CallContext, MethodDefinition, Params } from '../core/method.js';
import { getParam, toStr } from '../core/params.js';
import type { EmBot, EmMessage } from '../store/state.js';
import { requireOwnedBot } from './bot-auth.js';
import { botIsInChat, findMessage } from './bot-dialogs.js';
import { botError } from './bot-errors.js';
import { queueBotEvent } from './bot-events.js';
import { botExtended, chatEventView, messageView, userFull } from './bot-views.js';

/** The 48 documented codes ("the list may change without notice"). */
const REACTION_CODES: readonly string[] = [
  'like',
  'dislike',
  'faceWithTearsOfJoy',
  'redHeart',
  'neutralFace',
  'fire',
  'cry',
  'slightlySmilingFace',
  'winkingFace',
  'laugh',
  'kiss',
  'wonder',
  'slightlyFrowningFace',
  'loudlyCryingFace',
  'faceWithStuckOutTongue',
  'faceWithStuckOutTongueAndWinkingEye',
  'smilingFaceWithSunglasses',
  'confusedFace',
  'flushedFace',
  'thinkingFace',
  'angry',
  'smilingFaceWithHorns',
  'faceWithThermometer',
  'facepalm',
  'poo',
  'flexedBiceps',
  'clappingHands',
  'raisedHand',
  'smilingFaceWithHeartEyes',
  'smilingFaceWithHearts',
  'pleadingFace',
  'relievedFace',
  'foldedHands',
  'okHand',
  'signHorns',
  'loveYouGesture',
  'clownFace',
  'partyingFace',
  'questionMark',
  'exclamationMark',
  'lightBulb',
  'bomb',
  'sleepingSymbol',
  'crossMark',
  'whiteHeavyCheckMark',
  'eyes',
  'handshake',
  'hundredPoints',
];

function target(params: Params, ctx: CallContext): { bot: EmBot; message: EmMessage; reaction: string } {
  const bot = requireOwnedBot(params, ctx);
  const message = findMessage(ctx.state, getParam(params, 'messageId'));
  if (!message || message.deleted || !botIsInChat(ctx.state, bot, message.chatId))
    throw botError('ACCESS_DENIED');
  const reaction = toStr(getParam(params, 'reaction')) ?? '';
  if (!REACTION_CODES.includes(reaction)) throw botError('REACTION_NOT_FOUND');
  return { bot, message, reaction };
}

/** The message's author hears about it when the author is another bot. */
function notifyAuthor(
  ctx: CallContext,
  bot: EmBot,
  message: EmMessage,
  reaction: string,
  set: boolean,
): void {
  const author = ctx.state.bots.get(message.authorId);
  if (!author || author.id === bot.id) return;
  const chat = ctx.state.chats.get(message.chatId);
  const reactor = ctx.state.users.get(bot.id);
  // v2 event data carries the Bot, Chat, Message and User objects (migration.md), plus the reaction.
  const data = {
    bot: botExtended(author),
    chat: chat ? chatEventView(ctx.state, chat, author.id) : null,
    message: messageView(message),
    user: reactor ? userFull(reactor, ctx.now()) : null,
    reaction,
    userId: bot.id,
    action: set ? 'set' : 'delete',
  };
  queueBotEvent(ctx.state, author.id, 'ONIMBOTV2REACTIONCHANGE', data, ctx.now());
}

function add(params: Params, ctx: CallContext) {
  const { bot, message, reaction } = target(params, ctx);
  const users = (message.reactions[reaction] ??= []);
  if (users.includes(bot.id)) throw botError('REACTION_ALREADY_SET');
  users.push(bot.id);
  notifyAuthor(ctx, bot, message, reaction, true);
  return { result: { result: true } };
}

function remove(params: Params, ctx: CallContext) {
  const { bot, message, reaction } = target(params, ctx);
  const users = message.reactions[reaction] ?? [];
  // docs/bitrix24-contract.md §7.13 UNSPEC: removing a reaction that is not set is an idempotent success.
  if (!users.includes(bot.id)) return { result: { result: true } };
  const rest = users.filter((id) => id !== bot.id);
  if (rest.length) message.reactions[reaction] = rest;
  else delete message.reactions[reaction];
  notifyAuthor(ctx, bot, message, reaction, false);
  return { result: { result: true } };
}

export const reactionMethods: MethodDefinition[] = [
  { name: 'imbot.v2.Chat.Message.Reaction.add', scopes: ['imbot'], handler: add },
  { name: 'imbot.v2.Chat.Message.Reaction.delete', scopes: ['imbot'], handler: remove },
];
