/**
 * Telegram for one facade, from the config: nothing (off); the embedded Telegram server with a
 * memory session store seeded so that each dev token acts as its Telegram user (emulator); or real
 * Telegram with the users' sessions in a file or Redis. Returns the TelegramAccess the poll backend
 * uses and a close() for everything started here.
 */
import { HeaderMap } from '@apollo/server';
import type { Config } from '../config/config.js';
import type { TelegramConfig } from '../config/telegram-config.js';
import { DEFAULT_SEED } from '../emulators/bitrix24/store/default-seed.js';
import { startTelegramEmulator, type RunningTelegramEmulator } from '../emulators/telegram/server.js';
import { SessionTelegramAccess } from '../backends/telegram/access/session.telegram-access.js';
import { teleprotoConnector } from '../backends/telegram/access/teleproto.connector.js';
import type { TelegramAccess } from '../backends/telegram/access/telegram-access.port.js';
import { FileTelegramSessionStore } from '../backends/telegram/sessions/file.session-store.js';
import { MemoryTelegramSessionStore } from '../backends/telegram/sessions/memory.session-store.js';
import { RedisTelegramSessionStore } from '../backends/telegram/sessions/redis.session-store.js';
import type { TelegramSessionStore } from '../backends/telegram/sessions/session-store.port.js';
import { resolveIdentity, type PortalTarget } from '../graphql/identity.js';
import { telegramLinkKey } from './telegram-link-key.js';

/**
 * Emulator mode only: the bearer token that acts as the embedded server's bot session (a token of
 * its own, since no Bitrix24 dev user is a Telegram bot). Real modes have no such token.
 */
export const TELEGRAM_DEV_BOT_TOKEN = 'dev-telegram-bot';

/** The api id/hash the embedded server accepts (it checks neither). */
const EMULATOR_API = { apiId: 1, apiHash: 'emulator' } as const;

export interface TelegramRuntime {
  access?: TelegramAccess;
  /** Emulator mode: the embedded server (its port, control API, seed). */
  emulator?: RunningTelegramEmulator;
  /** Emulator mode: which bearer token acts as which seeded Telegram session. */
  devSessions?: ReadonlyArray<{ token: string; session: string }>;
  close(): Promise<void>;
}

/** The link key a bearer token gets in this portal mode (the same derivation a request goes through). */
export function linkKeyOfToken(target: PortalTarget, token: string): string {
  const headers = new HeaderMap([['authorization', `Bearer ${token}`]]);
  const result = resolveIdentity(headers, { target, apiKeys: [], allowAnonymous: false });
  if (result.kind !== 'identified') throw new Error('a dev token did not resolve to an identity');
  return telegramLinkKey(result.identity);
}

export async function startTelegramRuntime(config: Config, target: PortalTarget): Promise<TelegramRuntime> {
  const telegram: TelegramConfig = config.telegram;
  if (telegram.mode === 'off') return { close: async () => undefined };
  if (telegram.mode === 'emulator') {
    const emulator = await startTelegramEmulator(
      telegram.emulatorPort === 0 ? {} : { port: telegram.emulatorPort },
    );
    const devSessions = [
      ...(DEFAULT_SEED.tokens ?? []).map((token) => ({
        token: token.accessToken,
        session: `user-${token.userId}`,
      })),
      { token: TELEGRAM_DEV_BOT_TOKEN, session: 'bot' },
    ].filter((dev) => emulator.sessions[dev.session] !== undefined);
    const store = new MemoryTelegramSessionStore(
      Object.fromEntries(
        devSessions.map((dev) => [linkKeyOfToken(target, dev.token), emulator.sessions[dev.session]!]),
      ),
    );
    const access = accessOver(store, { ...EMULATOR_API, ...telegram });
    return {
      access,
      emulator,
      devSessions,
      close: async () => {
        await access.close();
        await emulator.close();
      },
    };
  }
  const store: TelegramSessionStore & { close?(): Promise<void> } =
    telegram.sessions.kind === 'file'
      ? new FileTelegramSessionStore(telegram.sessions.path)
      : new RedisTelegramSessionStore({ url: telegram.sessions.url });
  const access = accessOver(store, telegram);
  return {
    access,
    close: async () => {
      await access.close();
      await store.close?.();
    },
  };
}

function accessOver(
  store: TelegramSessionStore,
  options: { apiId: number; apiHash: string; timeoutMs: number; floodMaxWaitSeconds: number },
): SessionTelegramAccess {
  return new SessionTelegramAccess({
    store,
    floodMaxWaitSeconds: options.floodMaxWaitSeconds,
    connect: teleprotoConnector({
      apiId: options.apiId,
      apiHash: options.apiHash,
      timeoutMs: options.timeoutMs,
    }),
  });
}
