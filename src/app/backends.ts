/**
 * Which backend serves each feature: the one place that names concrete backends. Today every
 * feature runs on Bitrix24; a second poll backend is registered here (see docs/architecture.md §8).
 */
import { BackendFactories } from '../graphql/backend-registry.js';
import { POLL_BACKEND } from '../polls/poll.backend.js';
import { createBitrix24PollBackend } from '../backends/bitrix24/polls/poll.bitrix24.js';

import type { TelegramAccess } from '../backends/telegram/access/telegram-access.port.js';

export interface BackendOptions {
  /** The callers' Telegram sessions; absent when Telegram is off. */
  telegram?: TelegramAccess;
}

export function createBackendFactories(_options: BackendOptions = {}): BackendFactories {
  return new BackendFactories().register(POLL_BACKEND, (ctx) =>
    createBitrix24PollBackend(ctx.portal, ctx.identity.credential, { batched: ctx.config.dataLoaders }),
  );
}
