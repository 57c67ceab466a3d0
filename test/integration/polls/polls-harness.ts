/**
 * Emulator + facade on 127.0.0.1 port 0, as main.ts wires them, for the poll tests. The emulator's
 * rate limits are off here: these tests count portal requests, they do not test pacing.
 */
import { loadConfig } from '../../../src/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.js';
import { IM_ENTITY_TYPE } from '../../../src/polls/poll.portal.js';
import { createPortalClient } from '../../../src/portal/client.js';
import { startFacadeServer, type RunningFacade } from '../../../src/server/facade-server.js';
import { createLogger } from '../../../src/server/logger.js';
import { callRest } from '../../support/emulator.js';

export interface PollHarness {
  emulator: RunningEmulator;
  facade: RunningFacade;
  close(): Promise<void>;
}

export async function startPollHarness(): Promise<PollHarness> {
  const emulator = await startEmulator({ port: 0, limits: { enabled: false } });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // 120 polls in one query, and voters of every answer, are over the default cost budget (the
    // estimate assumes 10 questions per poll; see extensions.listSize in poll.types.ts). Not under test here.
    GRAPHQL_MAX_COST: '1000000',
  });
  const facade = await startFacadeServer({
    config,
    target: { mode: 'emulator', portalUrl: emulator.url },
    portal: createPortalClient({ timeoutMs: 5000 }),
    logger: createLogger(config.logLevel),
    drainTimeoutMs: 2000,
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

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: Record<string, any> }>;
}

/** A GraphQL POST as user `userId` (dev token), over real HTTP. */
export async function gql(
  h: PollHarness,
  userId: number,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody> {
  const response = await fetch(h.facade.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer dev-token-${userId}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLBody;
}

/** Portal methods the emulator ran since `from` (batch commands included, `batch` itself too). */
export function methodsSince(h: PollHarness, fromSeq: number): string[] {
  return h.emulator
    .calls()
    .filter((c) => c.seq > fromSeq)
    .map((c) => c.method);
}

export function lastSeq(h: PollHarness): number {
  return h.emulator.calls().at(-1)?.seq ?? 0;
}

/** Creates a poll straight through the emulator's REST API (test set-up, not under test). */
export async function restPoll(
  h: PollHarness,
  opts: { chatId?: number; userId?: number; answers?: number; multiple?: boolean } = {},
): Promise<{ messageId: number; voteId: number }> {
  const res = await callRest(
    h.emulator,
    'vote.Integration.Im.send',
    {
      chatId: opts.chatId ?? 1,
      IM_MESSAGE_VOTE_DATA: {
        QUESTIONS: [
          {
            QUESTION: 'Set-up poll',
            FIELD_TYPE: opts.multiple ? 1 : 0,
            ANSWERS: Array.from({ length: opts.answers ?? 2 }, (_, i) => ({ MESSAGE: `Option ${i + 1}` })),
          },
        ],
      },
    },
    { token: `dev-token-${opts.userId ?? 1}` },
  );
  if (res.status !== 200) throw new Error(`set-up poll failed: ${res.text}`);
  return res.body.result as { messageId: number; voteId: number };
}

export { IM_ENTITY_TYPE };
