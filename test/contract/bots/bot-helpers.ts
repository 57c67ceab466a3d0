/** Shared steps of the imbot.v2 contract tests (HTTP only, against a real emulator). */
import { notifyBotsOfMessage } from '../../../src/emulators/bitrix24/bots/bot-events.js';
import { appendMessage } from '../../../src/emulators/bitrix24/bots/message-store.js';
import { callRest, devAccessToken, type CallAs, type RunningEmulator } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';

export const BOT_TOKEN = 'my_bot_token';
export const WEBHOOK: CallAs = { webhook: true };
export const asUser = (userId: number): CallAs => ({ token: devAccessToken(userId) });

export interface BotOptions {
  code?: string;
  type?: string;
  /** webhook registrations carry this token; OAuth ones ignore it */
  botToken?: string;
  as?: CallAs;
}

/** Registers a bot and returns its id. */
export async function registerBot(emu: RunningEmulator, o: BotOptions = {}): Promise<number> {
  const as = o.as ?? WEBHOOK;
  const res = await callRest(
    emu,
    'imbot.v2.Bot.register',
    {
      fields: {
        code: o.code ?? 'support_bot',
        botToken: o.botToken ?? BOT_TOKEN,
        properties: { name: 'Support Bot', workPosition: 'AI Assistant' },
        type: o.type ?? 'bot',
        eventMode: 'fetch',
      },
    },
    as,
  );
  if (res.status !== 200) throw new Error(`registering a bot failed: ${res.text}`);
  return res.body.result.bot.id as number;
}

/** User 1 (a member of chats 1 and 2) adds the bot to a chat with im.chat.user.add. */
export async function addBotToChat(emu: RunningEmulator, botId: number, chatId = 1): Promise<void> {
  const res = await callRest(emu, 'im.chat.user.add', { CHAT_ID: chatId, USERS: [botId] }, WEBHOOK);
  if (res.status !== 200) throw new Error(`adding the bot failed: ${res.text}`);
}

/** A webhook-registered bot (token BOT_TOKEN) that is a member of chat 1. */
export async function botInChat(emu: RunningEmulator, o: BotOptions = {}): Promise<number> {
  const botId = await registerBot(emu, o);
  await addBotToChat(emu, botId, 1);
  return botId;
}

/** Calls an imbot.v2 method as the webhook with the bot's token. */
export function callBot(
  emu: RunningEmulator,
  method: string,
  params: Record<string, unknown>,
  botToken = BOT_TOKEN,
) {
  return callRest(emu, method, { botToken, ...params }, WEBHOOK);
}

export async function sendAsBot(
  emu: RunningEmulator,
  botId: number,
  fields: Record<string, unknown>,
  dialogId = 'chat1',
): Promise<number> {
  const res = await callBot(emu, 'imbot.v2.Chat.Message.send', { botId, dialogId, fields });
  if (res.status !== 200) throw new Error(`sending failed: ${res.text}`);
  return res.body.result.id as number;
}

/**
 * A plain text message from a portal user, written straight into the running emulator's store (with
 * the bots told, as im.message.add does), so a bot test needs no extra HTTP call per message.
 */
export function postAsUser(emu: RunningEmulator, chatId: number, authorId: number, text: string): number {
  const message = appendMessage(emu.state, { chatId, authorId, text, source: 'user' }, new Date());
  notifyBotsOfMessage(emu.state, 'ONIMBOTV2MESSAGEADD', message, new Date());
  return message.id;
}

export function expectBotError(
  res: { status: number; body: { error?: string } },
  status: number,
  code: string,
) {
  expect({ status: res.status, error: res.body.error }).toEqual({ status, error: code });
}

/**
 * The emulator of one bot contract test file, reset before each test. Rate limits are off: these
 * tests check bodies and error codes, not pacing.
 */
export const useBotEmulator = (): RunningEmulator => useEmulator({ limits: { enabled: false } });
