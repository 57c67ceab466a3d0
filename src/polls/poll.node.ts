/** node(id) for polls: Poll, Question and Answer refetch the poll by attach id through the backend. */
import type { NodeRefetchers } from '../graphql/node-registry.js';
import type { GraphQLContext } from '../graphql/context.js';
import { isNotVisible } from '../graphql-errors/not-visible.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { POLL_BACKEND } from './poll.backend.js';
import { toPollObject, type PollObject } from './poll.types.js';

/** A poll the caller cannot read (missing, or not a member of its chat) is simply not there. */
async function pollNode(ctx: GraphQLContext, attachId: number): Promise<PollObject | null> {
  try {
    return toPollObject(await ctx.backend(POLL_BACKEND).read({ attachId }));
  } catch (error) {
    if (isNotVisible(error, [UserErrorCode.POLL_NOT_FOUND, UserErrorCode.PERMISSION_DENIED])) return null;
    throw error;
  }
}

export function registerPollNodes(nodes: NodeRefetchers): void {
  nodes
    .register('Poll', (ctx, ref) => pollNode(ctx, ref.attachId))
    .register('Question', async (ctx, ref) => {
      const poll = await pollNode(ctx, ref.attachId);
      return poll?.questions.find((q) => q.questionId === ref.questionId) ?? null;
    })
    .register('Answer', async (ctx, ref) => {
      const poll = await pollNode(ctx, ref.attachId);
      const answers = poll?.questions.flatMap((q) => q.answers) ?? [];
      return answers.find((a) => a.answerId === ref.answerId) ?? null;
    });
}
