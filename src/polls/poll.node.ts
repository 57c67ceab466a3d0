/**
 * node(id) for polls: Poll, Question and Answer refetch the poll through its backend (Bitrix24 by
 * attach id, Telegram by chat and message).
 */
import type { NodeRefetchers } from '../graphql/node-registry.js';
import type { GraphQLContext } from '../graphql/context.js';
import { isNotVisible } from '../graphql-errors/not-visible.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { UserError } from '../graphql-errors/user-error.types.js';
import type { PollRef } from './poll.model.js';
import { pollBackendFor } from './poll-backend-for.js';
import { pollRefOfKey } from './poll-id.js';
import { toPollObject, type PollObject } from './poll.types.js';

const refOf = pollRefOfKey;

/**
 * A poll the caller cannot read (missing, or not a member of its chat) is simply not there; so is
 * a Telegram poll on a facade without Telegram.
 */
async function pollNode(ctx: GraphQLContext, ref: PollRef): Promise<PollObject | null> {
  const backend = pollBackendFor(ctx, ref);
  if (backend instanceof UserError) return null;
  try {
    return toPollObject(await backend.read(ref));
  } catch (error) {
    if (isNotVisible(error, [UserErrorCode.POLL_NOT_FOUND, UserErrorCode.PERMISSION_DENIED])) return null;
    throw error;
  }
}

export function registerPollNodes(nodes: NodeRefetchers): void {
  nodes
    .register('Poll', (ctx, ref) => pollNode(ctx, refOf(ref)))
    .register('Question', async (ctx, ref) => {
      const poll = await pollNode(ctx, refOf(ref));
      if ('telegram' in ref) return poll?.questions[0] ?? null;
      return poll?.questions.find((q) => q.questionId === ref.questionId) ?? null;
    })
    .register('Answer', async (ctx, ref) => {
      const poll = await pollNode(ctx, refOf(ref));
      const answers = poll?.questions.flatMap((q) => q.answers) ?? [];
      if ('telegram' in ref) return answers.find((a) => a.telegram?.optionKey === ref.optionKey) ?? null;
      return answers.find((a) => a.answerId === ref.answerId) ?? null;
    });
}
