/** Wrappers for every imbot.v2 method of docs/bitrix24-contract.md §7, acting as the bot given by BotAuth. */
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import type {
  BotAuth,
  BotChat,
  BotEventPage,
  BotList,
  BotMessage,
  BotUser,
  BotWithUsers,
  MessageContext,
  ReadResult,
  RegisterBotInput,
  SendBotMessageInput,
  SendBotMessageResult,
  UpdateBotMessageInput,
} from '../../../bot-messages/bot.model.js';
import {
  bool,
  int,
  intOrNull,
  list,
  normalizeBot,
  normalizeBotChat,
  normalizeBotEvent,
  normalizeBotMessage,
  normalizeBotUser,
  normalizeUuidMap,
  obj,
  type Raw,
} from './bot.normalize.js';

function authParams(auth: BotAuth): Record<string, unknown> {
  const params: Record<string, unknown> = { botId: auth.botId };
  if (auth.botToken !== undefined) params.botToken = auth.botToken;
  return params;
}

/** Drops undefined fields so that "not given" never reaches the portal as an explicit value. */
function defined(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

async function call(
  caller: PortalCaller,
  credential: PortalCredential,
  method: string,
  params: Raw,
): Promise<Raw> {
  const { result } = await caller.call<unknown>(method, params, credential);
  return obj(result);
}

const users = (value: unknown): BotUser[] => list(value).map((u) => normalizeBotUser(obj(u)));

/** Idempotent per (app, code): a repeat returns the existing bot unchanged (docs/bitrix24-contract.md §7.1). */
export async function registerBot(
  caller: PortalCaller,
  credential: PortalCredential,
  input: RegisterBotInput,
): Promise<BotWithUsers> {
  const { botToken, ...rest } = input;
  const fields = defined({ ...rest, botToken });
  const params: Raw = { fields };
  // quick-start sends botToken at the top level, bot-register.md in fields: send both (docs/bitrix24-contract.md §10 #14).
  if (botToken !== undefined) params.botToken = botToken;
  const result = await call(caller, credential, 'imbot.v2.Bot.register', params);
  return { bot: normalizeBot(obj(result.bot)), users: users(result.users) };
}

export async function getBot(
  caller: PortalCaller,
  credential: PortalCredential,
  by: { botId: number } | { code: string },
  botToken?: string,
): Promise<BotWithUsers> {
  const params: Raw = 'botId' in by ? { botId: by.botId } : { code: by.code };
  if (botToken !== undefined) params.botToken = botToken;
  const result = await call(caller, credential, 'imbot.v2.Bot.get', params);
  return { bot: normalizeBot(obj(result.bot)), users: users(result.users) };
}

export async function listBots(
  caller: PortalCaller,
  credential: PortalCredential,
  options: { botToken?: string; type?: string; limit?: number; offset?: number } = {},
): Promise<BotList> {
  const params = defined({ botToken: options.botToken, limit: options.limit, offset: options.offset });
  if (options.type !== undefined) params.filter = { type: options.type };
  const result = await call(caller, credential, 'imbot.v2.Bot.list', params);
  return {
    bots: list(result.bots).map((b) => normalizeBot(obj(b))),
    users: users(result.users),
    hasNextPage: bool(result.hasNextPage),
  };
}

export async function unregisterBot(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
): Promise<boolean> {
  const result = await call(caller, credential, 'imbot.v2.Bot.unregister', authParams(auth));
  return bool(result.result);
}

export async function getBotChat(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  dialogId: string,
): Promise<BotChat> {
  const result = await call(caller, credential, 'imbot.v2.Chat.get', { ...authParams(auth), dialogId });
  return normalizeBotChat(obj(result.chat));
}

export async function sendBotMessage(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  input: SendBotMessageInput,
): Promise<SendBotMessageResult> {
  const { dialogId, ...fields } = input;
  const params: Raw = { ...authParams(auth), dialogId, fields: defined(fields) };
  const options = input.templateId !== undefined ? { idempotencyKey: input.templateId } : {};
  const { result } = await caller.call<unknown>('imbot.v2.Chat.Message.send', params, credential, options);
  const body = obj(result);
  return { messageId: int(body.id), uuidMap: normalizeUuidMap(body.uuidMap) };
}

export async function updateBotMessage(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  messageId: number,
  input: UpdateBotMessageInput,
): Promise<boolean> {
  const { urlPreview, ...rest } = input;
  // This page documents urlPreview as a "Y"/"N" string (docs/bitrix24-contract.md §10 #23).
  const fields = defined({
    ...rest,
    urlPreview: urlPreview === undefined ? undefined : urlPreview ? 'Y' : 'N',
  });
  const result = await call(caller, credential, 'imbot.v2.Chat.Message.update', {
    ...authParams(auth),
    messageId,
    fields,
  });
  return bool(result.result);
}

export async function deleteBotMessage(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  messageId: number,
  options: { complete?: boolean } = {},
): Promise<boolean> {
  const params: Raw = { ...authParams(auth), messageId };
  if (options.complete !== undefined) params.complete = options.complete;
  const result = await call(caller, credential, 'imbot.v2.Chat.Message.delete', params);
  return bool(result.result);
}

export async function readBotMessages(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  dialogId: string,
  messageId?: number,
): Promise<ReadResult> {
  const params: Raw = { ...authParams(auth), dialogId };
  if (messageId !== undefined) params.messageId = messageId;
  const result = await call(caller, credential, 'imbot.v2.Chat.Message.read', params);
  return {
    chatId: int(result.chatId),
    lastId: int(result.lastId),
    counter: int(result.counter),
    viewedMessages: list(result.viewedMessages).map(int),
  };
}

/** supervisor/personal bots only. */
export async function getBotMessage(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  messageId: number,
): Promise<{ message: BotMessage; user: BotUser | null }> {
  const result = await call(caller, credential, 'imbot.v2.Chat.Message.get', {
    ...authParams(auth),
    messageId,
  });
  return {
    message: normalizeBotMessage(obj(result.message)),
    user: result.user ? normalizeBotUser(obj(result.user)) : null,
  };
}

/** supervisor/personal bots only; `range` 1–50 messages each side. */
export async function getBotMessageContext(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  messageId: number,
  range?: number,
): Promise<MessageContext> {
  const params: Raw = { ...authParams(auth), messageId };
  if (range !== undefined) params.range = range;
  const result = await call(caller, credential, 'imbot.v2.Chat.Message.getContext', params);
  return {
    messages: list(result.messages).map((m) => normalizeBotMessage(obj(m))),
    users: users(result.users),
    hasPrevPage: bool(result.hasPrevPage),
    hasNextPage: bool(result.hasNextPage),
  };
}

export type BotReactionCall = (
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  messageId: number,
  reaction: string,
) => Promise<boolean>;

/** Reaction.add and Reaction.delete take the same parameters and answer the same `{result}`. */
function reactionCall(method: string): BotReactionCall {
  return async (caller, credential, auth, messageId, reaction) => {
    const params = { ...authParams(auth), messageId, reaction };
    return bool((await call(caller, credential, method, params)).result);
  };
}

export const addBotReaction = reactionCall('imbot.v2.Chat.Message.Reaction.add');
export const deleteBotReaction = reactionCall('imbot.v2.Chat.Message.Reaction.delete');

/** Fetch-mode event queue: `offset` acknowledges every event id below it. */
export async function getBotEvents(
  caller: PortalCaller,
  credential: PortalCredential,
  auth: BotAuth,
  options: { offset?: number; limit?: number; withUserEvents?: boolean } = {},
): Promise<BotEventPage> {
  const params = defined({ ...authParams(auth), ...options });
  const result = await call(caller, credential, 'imbot.v2.Event.get', params);
  return {
    events: list(result.events).map((e) => normalizeBotEvent(obj(e))),
    nextOffset: intOrNull(result.nextOffset),
    hasMore: bool(result.hasMore),
  };
}
