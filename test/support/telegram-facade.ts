/**
 * The set-up every Telegram GraphQL integration test shares: the embedded Telegram server, a test
 * TelegramAccess over real teleproto connections to it (dev user N -> a seeded session), and a
 * facade on the Bitrix24 emulator that reaches Telegram through that access. The server's call log
 * is reset before each test by the caller (`telegram.engine.reset()`), so counts are per test.
 */
import { startTelegramEmulator, type RunningTelegramEmulator } from '../../src/emulators/telegram/server.js';
import { startHarness, type Harness } from '../integration/server/facade-harness.js';
import { connectTelegramAccess, type TelegramLinks, type TestTelegramAccess } from './telegram-access.js';

export interface TelegramFacade {
  readonly telegram: RunningTelegramEmulator;
  readonly access: TestTelegramAccess;
  readonly h: Harness;
  close(): Promise<void>;
}

/** `env`: extra facade settings (e.g. CORS_ORIGINS for a browser test's widget origin). */
export async function startTelegramFacade(
  links: TelegramLinks,
  env: Record<string, string> = {},
): Promise<TelegramFacade> {
  const telegram = await startTelegramEmulator();
  const access = await connectTelegramAccess(telegram, links);
  const h = await startHarness(env, 'emulator', { telegram: access });
  return {
    telegram,
    access,
    h,
    async close() {
      await h.close();
      await access.close();
      await telegram.close();
    },
  };
}
