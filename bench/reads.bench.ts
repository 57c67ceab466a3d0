/**
 * 1. Reads through the facade, as GraphQL over HTTP: a chat page of 20 polls (20 `poll(ref:)`
 * fields in one operation, as a chat view asks for the poll of each message), the same page as the
 * graph gives it (`chat { polls(first: 20) }`: the chat, one history read, one getMany) and a list
 * of 120 polls (`polls(messageIds:)`). Portal HTTP requests per operation are counted at the emulator
 * (`GET /_emulator/stats` before/after), real limits 50/2 on. Contenders, each a facade process
 * against a fresh emulator with a drained bucket:
 *  - the facade as shipped (DataLoaders + cross-request batching);
 *  - FACADE_DATALOADERS=false: one `get` per poll, rescued by the engine's batching;
 *  - FACADE_DATALOADERS=false PORTAL_BATCHING=false: a hand-written facade (one request per poll);
 *  - the minimum, ceil(n/50) `getMany` requests.
 */
import { startEmulator, type RunningEmulator } from '../src/emulators/bitrix24/index.js';
import { sendPoll } from '../src/backends/bitrix24/polls/poll.portal.js';
import { oauth, printTable, rawClient, timed, type BenchContext } from './bench-support.js';
import { portalCounts, setEmulatorLimits, since } from './emulator-stats.js';
import { startFacadeProcess } from './facade-process.js';
import { errorCodes, postGraphQL } from './graphql-client.js';

const POLL_FIELDS = 'id messageId totalVotes questions { text answers { text votes } }';
const AUTH = { authorization: 'Bearer dev-token-1' };

interface Operation {
  name: string;
  polls: number;
  /** polls seeded in chat 1 (default: `polls`) */
  seed?: number;
  /** fewest portal requests the operation can cost (default: ceil(polls/50)) */
  minimum?: number;
  query: (ids: number[]) => string;
}

const OPERATIONS: Operation[] = [
  {
    name: 'chat page: 20 × poll(ref:)',
    polls: 20,
    query: (ids) =>
      `{ ${ids.map((id, i) => `p${i}: poll(ref: { messageId: ${id} }) { ${POLL_FIELDS} }`).join(' ')} }`,
  },
  {
    // 25 polls in the chat, so the page is full and has a next one.
    name: 'chat page: chat { polls(first: 20) }',
    polls: 20,
    seed: 25,
    // im.dialog.get for the chat, one im.dialog.messages.get, one getMany.
    minimum: 3,
    query: () =>
      `{ chat(dialogId: "chat1") { polls(first: 20) { edges { node { ${POLL_FIELDS} } } pageInfo { hasNextPage } } } }`,
  },
  {
    name: 'list: polls(messageIds: 120)',
    polls: 120,
    query: (ids) => `{ polls(messageIds: [${ids.join(',')}]) { ${POLL_FIELDS} } }`,
  },
];

const CONTENDERS: Array<[string, Record<string, string>]> = [
  ['facade (default)', {}],
  ['FACADE_DATALOADERS=false', { FACADE_DATALOADERS: 'false' }],
  [
    'FACADE_DATALOADERS=false PORTAL_BATCHING=false',
    { FACADE_DATALOADERS: 'false', PORTAL_BATCHING: 'false' },
  ],
];

/** A fresh emulator holding `n` polls in chat 1, sent with its limits off, then limits on. */
async function seeded(n: number): Promise<{ emu: RunningEmulator; ids: number[] }> {
  const emu = await startEmulator({ port: 0, limits: { enabled: false } });
  const client = rawClient();
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const sent = await sendPoll(client, oauth(emu), {
      chatId: 1,
      question: `Poll ${i}?`,
      answers: ['A', 'B'],
    });
    ids.push(sent.messageId);
  }
  await setEmulatorLimits(emu.url, true);
  return { emu, ids };
}

/** Counts the polls in an answer that came back whole. */
function pollsIn(data: Record<string, unknown> | null | undefined): number {
  if (!data) return 0;
  const chat = data.chat as { polls?: { edges?: Array<{ node: unknown }> } } | undefined;
  if (chat?.polls?.edges) return chat.polls.edges.filter((e) => e.node !== null).length;
  const values = Array.isArray(data.polls) ? (data.polls as unknown[]) : Object.values(data);
  return values.filter((p) => p !== null && typeof p === 'object').length;
}

export async function readsBench(ctx: BenchContext): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  for (const op of OPERATIONS) {
    for (const [name, env] of CONTENDERS) {
      const handWritten = env.PORTAL_BATCHING === 'false';
      if (ctx.quick && handWritten && op.polls > 50) {
        rows.push({ operation: op.name, contender: name, 'polls read': 'skipped (--quick)' });
        continue;
      }
      const { emu, ids } = await seeded(op.seed ?? op.polls);
      const facade = await startFacadeProcess({
        BITRIX24_PORTAL_URL: emu.url,
        GRAPHQL_MAX_COST: '1000000',
        // The hand-written facade drains at 2/s after the burst: let it wait rather than refuse.
        PORTAL_MAX_WAIT_MS: '180000',
        ...env,
      });
      try {
        await postGraphQL(facade.graphqlUrl, '{ __typename }', {}, AUTH); // warm-up, no portal call
        const before = await portalCounts(emu.url);
        const { value: answer, ms } = await timed(() =>
          postGraphQL(facade.graphqlUrl, op.query(ids), {}, AUTH),
        );
        const counts = since(await portalCounts(emu.url), before);
        rows.push({
          operation: op.name,
          contender: name,
          'polls read': pollsIn(answer.data),
          'portal requests/op': counts.httpRequests,
          'method calls': counts.methodCalls,
          'QLE at portal': counts.queryLimitExceeded,
          'ms/op': ms,
          errors: errorCodes(answer).join(' ') || 0,
        });
      } finally {
        await facade.close();
        await emu.close();
      }
    }
    rows.push({
      operation: op.name,
      contender: op.minimum === undefined ? 'minimum ceil(n/50)' : 'minimum',
      'polls read': op.polls,
      'portal requests/op': op.minimum ?? Math.ceil(op.polls / 50),
      'method calls': op.minimum ?? Math.ceil(op.polls / 50),
      'QLE at portal': 0,
      'ms/op': '',
      errors: '',
    });
  }
  printTable('1. Reads through the facade (GraphQL over HTTP; emulator limits 50/2 on)', rows);
}
