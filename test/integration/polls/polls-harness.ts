/**
 * The facade harness (test/integration/server/facade-harness.ts) set up for the poll tests. The
 * emulator's rate limits are off here: these tests count portal requests, they do not test pacing.
 */
import { IM_ENTITY_TYPE } from '../../../src/backends/bitrix24/polls/poll.portal.js';
import { callRest } from '../../support/emulator.js';
import {
  asUser,
  postGraphQL,
  startHarness,
  type GraphQLReply,
  type Harness,
} from '../server/facade-harness.js';

export type PollHarness = Harness;
export type GraphQLBody = GraphQLReply['body'];

export function startPollHarness(): Promise<PollHarness> {
  // 120 polls in one query, and voters of every answer, are over the default cost budget (the
  // estimate assumes 10 questions per poll; see extensions.listSize in poll.types.ts). Not under test here.
  return startHarness({ GRAPHQL_MAX_COST: '1000000' }, 'emulator', {
    emulator: { limits: { enabled: false } },
  });
}

/** A GraphQL POST as user `userId` (dev token), over real HTTP. */
export async function gql(
  h: PollHarness,
  userId: number,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLBody> {
  return (await postGraphQL(h.facade, query, asUser(userId), variables)).body;
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
