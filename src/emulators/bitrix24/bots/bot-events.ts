/**
 * The bots' event queue (`state.botEvents`), read by `imbot.v2.Event.get`. Events are queued for
 * every bot whatever its `eventMode`; the emulator does not POST to webhook-mode bots.
 */
import type { EmBot, EmChat, EmMessage, EmulatorState } from '../store/state.js';
import { botExtended, chatEventView, messageView, userFull } from './bot-views.js';
import { toAtom } from '../core/dates.js';
import { nextId } from '../store/state.js';

export type BotEventType =
  | 'ONIMBOTV2MESSAGEADD'
  | 'ONIMBOTV2MESSAGEUPDATE'
  | 'ONIMBOTV2MESSAGEDELETE'
  | 'ONIMBOTV2JOINCHAT'
  | 'ONIMBOTV2DELETE'
  | 'ONIMBOTV2REACTIONCHANGE';

// The documented example starts event ids at 1001; any increasing sequence would do.
const FIRST_EVENT_ID = 1001;

/** The id the next queued event will get (no event queued yet: the first id). */
export function upcomingBotEventId(state: EmulatorState): number {
  return (state.seq.botEvent ?? FIRST_EVENT_ID - 1) + 1;
}

export function queueBotEvent(
  state: EmulatorState,
  botId: number,
  type: BotEventType,
  data: Record<string, unknown>,
  now: Date,
): void {
  // Events are only ever added here, each with the next id of one sequence, so the id is free
  // without looking at the queue (a set of every queued id, rebuilt per event, grew with the queue).
  const eventId = nextId(state, 'botEvent', FIRST_EVENT_ID);
  state.botEvents.push({ eventId, botId, type, date: toAtom(now), data });
}

/** `bot`/`openline`/`network` bots see only one-to-one messages and messages that mention them. */
function botSeesMessage(bot: EmBot, chat: EmChat, message: EmMessage): boolean {
  if (bot.type === 'supervisor' || bot.type === 'personal') return true;
  if (chat.kind === 'private') return true;
  return new RegExp(`\\[user=${bot.id}\\]`, 'i').test(message.text);
}

/**
 * Tells the bots in a chat about a new, edited or deleted message, per their type (docs/bitrix24-contract.md §7.0).
 * The bot that caused the change is skipped. Other modules that post messages as users may call
 * this too, so that bots hear about them.
 */
export function notifyBotsOfMessage(
  state: EmulatorState,
  type: 'ONIMBOTV2MESSAGEADD' | 'ONIMBOTV2MESSAGEUPDATE' | 'ONIMBOTV2MESSAGEDELETE',
  message: EmMessage,
  now: Date,
  actingBotId?: number,
): void {
  const chat = state.chats.get(message.chatId);
  if (!chat) return;
  const author = state.users.get(message.authorId);
  for (const memberId of chat.memberIds) {
    const bot = state.bots.get(memberId);
    if (!bot || bot.id === actingBotId || bot.id === message.authorId) continue;
    if (!botSeesMessage(bot, chat, message)) continue;
    queueBotEvent(
      state,
      bot.id,
      type,
      {
        bot: botExtended(bot),
        message: messageView(message),
        chat: chatEventView(state, chat, bot.id),
        user: author ? userFull(author, now) : null,
      },
      now,
    );
  }
}
