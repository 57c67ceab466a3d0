/**
 * The bot port: what the bot feature needs of its backend (the bot calls it makes, acting as the
 * bot a BotAuth names), without the client, the credential or the transport's errors. One
 * implementation today (Bitrix24 imbot.v2: src/backends/bitrix24/bots/); the composition root
 * registers it under BOT_BACKEND. Failures reject with the backend-neutral BackendFailure
 * (outcomes/backend-failure.ts), carrying the upstream's code for the bot-specific UserErrors.
 */
import { backendKey } from '../graphql/backend-registry.js';
import type {
  BotAuth,
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
} from './bot.model.js';

export interface BotBackend {
  /**
   * Names the portal the request acts on, for keys of state shared between replicas: message ids
   * repeat across the portals of a multi-portal facade.
   */
  readonly origin: string;
  /** Idempotent per (app, code): a repeat returns the existing bot unchanged. */
  register(input: RegisterBotInput): Promise<BotWithUsers>;
  get(by: { botId: number } | { code: string }, botToken?: string): Promise<BotWithUsers>;
  list(options?: { botToken?: string; type?: string; limit?: number; offset?: number }): Promise<BotList>;
  sendMessage(auth: BotAuth, input: SendBotMessageInput): Promise<SendBotMessageResult>;
  updateMessage(auth: BotAuth, messageId: number, input: UpdateBotMessageInput): Promise<boolean>;
  deleteMessage(auth: BotAuth, messageId: number, options?: { complete?: boolean }): Promise<boolean>;
  readMessages(auth: BotAuth, dialogId: string, messageId?: number): Promise<ReadResult>;
  /** Supervisor and personal bots only. */
  getMessage(auth: BotAuth, messageId: number): Promise<{ message: BotMessage; user: BotUser | null }>;
  /** Supervisor and personal bots only. */
  getMessageContext(auth: BotAuth, messageId: number, range?: number): Promise<MessageContext>;
  addReaction(auth: BotAuth, messageId: number, reaction: string): Promise<boolean>;
  deleteReaction(auth: BotAuth, messageId: number, reaction: string): Promise<boolean>;
}

export const BOT_BACKEND = backendKey<BotBackend>('bots');
