/**
 * Which backend serves each feature: the one place that names concrete backends, and which
 * credential each backend's calls go with. Bots and the connector have one (Bitrix24). Polls have two:
 * Bitrix24 (POLL_BACKEND) and Telegram (TELEGRAM_POLL_BACKEND, chosen by the poll reference; see
 * docs/architecture.md §8). Without a TelegramAccess the Telegram key resolves to null, and the
 * poll feature refuses `tg:` references with NotSupported before any call. Chats have two too:
 * Bitrix24 (CHAT_BACKEND: reads, the recent list, adding members) and Telegram chats
 * (`chat(dialogId: "tg:...")`, Poll.chat: TELEGRAM_CHAT_BACKEND, null without Telegram).
 */
import { BackendFactories, type BackendFactory } from '../graphql/backend-registry.js';
import { POLL_BACKEND, TELEGRAM_POLL_BACKEND } from '../polls/poll.backend.js';
import { POLL_CHANGES } from '../polls/poll-changes.js';
import { createBitrix24PollBackend } from '../backends/bitrix24/polls/poll.bitrix24.js';
import type { TelegramAccess } from '../backends/telegram/access/telegram-access.port.js';
import { createTelegramPollBackend } from '../backends/telegram/polls/poll.telegram.js';
import { CONNECTOR_BACKEND } from '../connector/connector.backend.js';
import { BOT_BACKEND } from '../bot-messages/bot.backend.js';
import { createBitrix24BotBackend } from '../backends/bitrix24/bots/bot.bitrix24.js';
import { createBitrix24ConnectorBackend } from '../backends/bitrix24/connector/connector.bitrix24.js';
import {
  NO_POLL_WATCH,
  POLL_RESULTS_HUB,
  POLL_WATCH,
  type PollResultsHub,
  type PollWatch,
} from '../live/index.js';
import { telegramLinkKey } from './telegram-link-key.js';
import { CHAT_BACKEND, TELEGRAM_CHAT_BACKEND } from '../chats/chat.backend.js';
import { createBitrix24ChatBackend } from '../backends/bitrix24/chats/chat.bitrix24.js';
import { createTelegramChatBackend } from '../backends/telegram/chats/chat.telegram.js';

export interface LiveBackends {
  readonly hub: PollResultsHub;
  /** Builds the change source for one subscriber's request (Bitrix24: the shared watcher). */
  readonly watch?: BackendFactory<PollWatch>;
}

export interface BackendOptions {
  /** The callers' Telegram sessions; absent when Telegram is off. */
  telegram?: TelegramAccess;
  /** Live results; absent in benchmarks of the query path (mutations then announce to nobody). */
  live?: LiveBackends;
}

export function createBackendFactories(options: BackendOptions = {}): BackendFactories {
  const { telegram, live } = options;
  const factories = new BackendFactories()
    .register(POLL_BACKEND, (ctx) =>
      createBitrix24PollBackend(ctx.portal, ctx.identity.credential, { batched: ctx.config.dataLoaders }),
    )
    .register(TELEGRAM_POLL_BACKEND, (ctx) =>
      telegram === undefined ? null : createTelegramPollBackend(telegram, telegramLinkKey(ctx.identity)),
    )
    // Chat reads, the recent list and adding members act as the caller (membership decides).
    .register(CHAT_BACKEND, (ctx) =>
      createBitrix24ChatBackend(ctx.portal, ctx.identity.credential, { batched: ctx.config.dataLoaders }),
    )
    .register(TELEGRAM_CHAT_BACKEND, (ctx) =>
      telegram === undefined ? null : createTelegramChatBackend(telegram, telegramLinkKey(ctx.identity)),
    )
    // imbot.v2 calls go with, in OAuth/emulator mode, the application's own token when configured
    // (the bots are the app's), else the caller's; webhook mode keeps the webhook (its bots are
    // owned by bot tokens). appCredential() throws UNAUTHENTICATED without an identity.
    .register(BOT_BACKEND, (ctx) =>
      createBitrix24BotBackend(ctx.portal, ctx.identity.credential, async () =>
        ctx.identity.mode === 'webhook'
          ? ctx.identity.credential
          : ((await ctx.appCredential()) ?? ctx.identity.credential),
      ),
    )
    // Connector calls go with the application's token when the server holds one, else the caller's.
    .register(CONNECTOR_BACKEND, (ctx) =>
      createBitrix24ConnectorBackend(
        ctx.portal,
        ctx.identity.credential,
        async () => (await ctx.appCredential()) ?? ctx.identity.credential,
      ),
    );
  if (live === undefined) return factories.register(POLL_CHANGES, () => ({ changed: () => undefined }));
  return factories
    .register(POLL_CHANGES, () => live.hub)
    .register(POLL_RESULTS_HUB, () => live.hub)
    .register(POLL_WATCH, live.watch ?? (() => NO_POLL_WATCH));
}
