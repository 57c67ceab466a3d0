/**
 * The Bitrix24 BotBackend: the imbot.v2 wrappers of bot.portal.ts over one request's portal
 * caller. `credential` is asked per call: with OAuth the application's own token when the server
 * holds one (the bots are the app's), else the caller's; with a webhook the webhook itself.
 */
import type { BotBackend } from '../../../bot-messages/bot.backend.js';
import { credentialOrigin, type PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import {
  addBotReaction,
  deleteBotMessage,
  deleteBotReaction,
  getBot,
  getBotMessage,
  getBotMessageContext,
  listBots,
  readBotMessages,
  registerBot,
  sendBotMessage,
  updateBotMessage,
} from './bot.portal.js';

export function createBitrix24BotBackend(
  caller: PortalCaller,
  /** The request's own credential: it names the portal. */
  requestCredential: PortalCredential,
  credential: () => Promise<PortalCredential>,
): BotBackend {
  /** A wrapper with this request's caller and credential bound. */
  const bind =
    <A extends unknown[], R>(fn: (c: PortalCaller, cred: PortalCredential, ...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> =>
      fn(caller, await credential(), ...args);
  return {
    // The app's token, when used, belongs to the same portal as the request's credential.
    origin: credentialOrigin(requestCredential),
    register: bind(registerBot),
    get: bind(getBot),
    list: bind(listBots),
    sendMessage: bind(sendBotMessage),
    updateMessage: bind(updateBotMessage),
    deleteMessage: bind(deleteBotMessage),
    readMessages: bind(readBotMessages),
    getMessage: bind(getBotMessage),
    getMessageContext: bind(getBotMessageContext),
    addReaction: bind(addBotReaction),
    deleteReaction: bind(deleteBotReaction),
  };
}
