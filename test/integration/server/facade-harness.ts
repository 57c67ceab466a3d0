/**
 * Starts the real facade (through the composition root, as main.ts does) against a real emulator, both on 127.0.0.1 port 0. The
 * one harness of the integration tests: feature harnesses (polls, chats) only pass options to it.
 */
import { loadConfig } from '../../../src/config/config.js';
import {
  startEmulator,
  type RunningEmulator,
  type StartEmulatorOptions,
} from '../../../src/emulators/bitrix24/index.js';
import { createFacade } from '../../../src/app/create-facade.js';
import type { RunningFacade } from '../../../src/app/facade-server.js';
import type { TelegramAccess } from '../../../src/backends/telegram/access/telegram-access.port.js';

export interface Harness {
  emulator: RunningEmulator;
  facade: RunningFacade;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** seed, rate limits, ... of the emulator (it always listens on port 0) */
  emulator?: Omit<StartEmulatorOptions, 'port'>;
  /** wrap the portal client in the traffic engine as main.ts does (default: the bare client) */
  traffic?: boolean;
  /** Telegram polls through these sessions (test/support/telegram-access.ts) */
  telegram?: TelegramAccess;
}

/** `env` is laid over a test config (silent, 127.0.0.1, port 0); `webhook` points it at the seeded webhook. */
export async function startHarness(
  env: Record<string, string> = {},
  mode: 'emulator' | 'webhook' = 'emulator',
  options: HarnessOptions = {},
): Promise<Harness> {
  const emulator = await startEmulator({ ...options.emulator, port: 0 });
  const webhookEnv: Record<string, string> =
    mode === 'webhook' ? { BITRIX24_WEBHOOK_URL: emulator.webhookUrl } : {};
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    ...webhookEnv,
    ...env,
  });
  const facade = await createFacade(config, {
    emulatorUrl: emulator.url,
    traffic: options.traffic ?? false,
    portalTimeoutMs: 5000,
    drainTimeoutMs: 2000,
    ...(options.telegram === undefined ? {} : { telegram: options.telegram }),
  });
  return {
    emulator,
    facade,
    async close() {
      await facade.close();
      await emulator.close();
    },
  };
}

/**
 * Registers the jest hooks of one harness for the enclosing file or describe block (started before
 * its first test, closed after its last, the emulator optionally reset before each test) and returns
 * a stand-in that reads the harness of the moment: it only exists once `beforeAll` has run.
 */
export function useHarness(
  start: () => Promise<Harness>,
  lifecycle: { resetEachTest?: boolean } = {},
): Harness {
  let running: Harness | undefined;
  const current = (): Harness => {
    if (running === undefined) throw new Error('the harness is not running (used outside a test?)');
    return running;
  };
  beforeAll(async () => {
    running = await start();
  });
  afterAll(async () => {
    await running?.close();
    running = undefined;
  });
  if (lifecycle.resetEachTest ?? true) beforeEach(() => current().emulator.reset());
  return {
    get emulator() {
      return current().emulator;
    },
    get facade() {
      return current().facade;
    },
    close: () => current().close(),
  };
}

export interface GraphQLReply {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
  };
}

/** Headers of a request as seeded user `userId` (the emulator's dev token). */
export const asUser = (userId: number): Record<string, string> => ({
  authorization: `Bearer dev-token-${userId}`,
});

export async function postGraphQL(
  facade: RunningFacade,
  query: string,
  headers: Record<string, string> = {},
  variables?: Record<string, unknown>,
): Promise<GraphQLReply> {
  const response = await fetch(facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLReply['body'] };
}

/** Portal requests the emulator received (REST and OAuth; `/_emulator/*` is not counted). */
export async function portalRequests(emulator: RunningEmulator): Promise<number> {
  const response = await fetch(`${emulator.url}/_emulator/stats`);
  const stats = (await response.json()) as { httpRequests: number };
  return stats.httpRequests;
}
