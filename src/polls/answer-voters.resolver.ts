/**
 * Answer.voters: a Relay connection over `vote.AttachedVote.getAnswerVoted` pages. Anonymous polls
 * answer with an empty connection flagged `hidden: true`, without a portal call (the portal would
 * answer an empty page anyway, docs/bitrix24-contract.md §6.5): a frontend renders "anonymous" instead of handling an error.
 */
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import { UserError } from '../graphql-errors/user-error.types.js';
import { pollBackendFor } from './poll-backend-for.js';
import type { PollRef } from './poll.model.js';
import { pageCovering } from './voter-window.js';
import { offsetOfCursor, UserConnectionObject, userConnection } from './poll-voter.types.js';
import { AnswerObject } from './poll.types.js';

export const DEFAULT_VOTERS_PAGE = 10;
/** The portal's voter pages are small; 50 per page keeps one page = one portal command. */
export const MAX_VOTERS_PAGE = 50;
/** Deeper offsets would need huge portal pages (the portal pages by size and number only). */
export const MAX_VOTERS_OFFSET = 10_000;

@Resolver(() => AnswerObject)
export class AnswerVotersResolver {
  @FieldResolver(() => UserConnectionObject, {
    description:
      'Who chose this answer, in the order they voted (Relay connection). For an anonymous poll: no edges, totalCount 0, hidden true. All voter pages of one operation cost one portal request (per 50).',
  })
  async voters(
    @Root() answer: AnswerObject,
    @Ctx() ctx: GraphQLContext,
    @Arg('first', () => Int, {
      nullable: true,
      description: `Page size, 1..${MAX_VOTERS_PAGE} (default ${DEFAULT_VOTERS_PAGE}).`,
    })
    first: number | null,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Continue after this cursor (pageInfo.endCursor).',
    })
    after: string | null,
  ): Promise<UserConnectionObject> {
    const size = first ?? DEFAULT_VOTERS_PAGE;
    if (!Number.isInteger(size) || size < 1 || size > MAX_VOTERS_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_VOTERS_PAGE}.`, 'INVALID_PAGE_SIZE', {
        field: 'first',
      });
    }
    const offset = after === null || after === undefined ? 0 : offsetOfCursor(after);
    if (offset === null || offset > MAX_VOTERS_OFFSET) {
      throw badUserInput('after is not a cursor of this list.', 'INVALID_CURSOR', { field: 'after' });
    }
    if (answer.anonymous) return userConnection([], 0, 0, true);
    const ref: PollRef = answer.telegram?.ref ?? { attachId: answer.attachId };
    const backend = pollBackendFor(ctx, ref);
    if (backend instanceof UserError) throw badUserInput(backend.message, UserErrorCode.NOT_SUPPORTED);
    const capabilities = (await backend.callerCapabilities?.()) ?? backend.capabilities;
    if (!capabilities.votersByAnswer) {
      throw badUserInput(
        'This session cannot list voters (a Telegram bot session); Poll.capabilities.listVoters says so.',
        UserErrorCode.NOT_SUPPORTED,
        { field: 'voters' },
      );
    }
    const { pageSize, page } = pageCovering(offset, size);
    const result = await backend.voters({
      attachId: answer.attachId,
      answerId: answer.answerId,
      pageSize,
      page,
      ...(answer.telegram === undefined ? {} : { telegram: answer.telegram }),
    });
    const skip = offset - (page - 1) * pageSize;
    return userConnection(result.items.slice(skip, skip + size), offset, result.total);
  }
}
