/**
 * A TelegramAccess for tests, over real teleproto connections (TeleprotoInvoker behind the flood
 * gate) to the embedded Telegram server with its seeded dev sessions. Not the production access
 * (that one stores linked sessions and connects on demand): here the links are fixed, and every
 * session is connected up front, so a test's call log holds only the calls under test.
 */
import type { RunningTelegramEmulator } from '../../src/emulators/telegram/server.js';
import type {
  TelegramAccess,
  TelegramActor,
} from '../../src/backends/telegram/access/telegram-access.port.js';
import { FloodGateInvoker } from '../../src/backends/telegram/invoker/flood-gate.invoker.js';
import { TeleprotoInvoker } from '../../src/backends/telegram/invoker/teleproto.invoker.js';
import { TelegramPolls } from '../../src/backends/telegram/polls/telegram-polls.client.js';
import { linkKeyOfToken } from '../../src/app/telegram-runtime.js';

/** The link key of dev-token-N, derived as a request's identity is (the portal URL plays no part). */
const devLinkKey = (user: string): string =>
  linkKeyOfToken({ mode: 'emulator', portalUrl: 'http://127.0.0.1:1' }, `dev-token-${user}`);

/** dev user number N (the caller presenting dev-token-N) -> session name */
export type TelegramLinks = Record<string, string>;

export interface TestTelegramAccess extends TelegramAccess {
  /** teleproto update handlers registered on all these connections (live results: no leak). */
  updateHandlers(): number;
}

export async function connectTelegramAccess(
  emulator: RunningTelegramEmulator,
  links: TelegramLinks,
): Promise<TestTelegramAccess> {
  const actors = new Map<string, TelegramActor>();
  const invokers: TeleprotoInvoker[] = [];
  for (const [user, sessionName] of Object.entries(links)) {
    const linkKey = devLinkKey(user);
    const session = emulator.sessions[sessionName];
    if (session === undefined) throw new Error(`no session ${sessionName}`);
    const invoker = await TeleprotoInvoker.connect(session, {
      apiId: 1,
      apiHash: 'emulator',
      timeoutMs: 5000,
    });
    invokers.push(invoker);
    const isBot = sessionName === 'bot';
    const gated = new FloodGateInvoker(invoker, { maxWaitSeconds: 5 });
    actors.set(linkKey, { polls: new TelegramPolls(gated, { isBot }), isBot, updates: invoker });
  }
  return {
    updateHandlers: () => invokers.reduce((sum, invoker) => sum + invoker.updateHandlers, 0),
    actorFor: async (linkKey) => actors.get(linkKey) ?? null,
    close: async () => {
      await Promise.all(invokers.map((invoker) => invoker.close().catch(() => undefined)));
    },
  };
}
