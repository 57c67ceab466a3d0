/**
 * Poll queries. Reads go through the request's poll backend, which batches them (Bitrix24: any
 * number of polls in one operation cost ceil(n/50) portal requests).
 */
import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import { UserError } from '../graphql-errors/user-error.types.js';
import { pollBackendFor } from './poll-backend-for.js';
import { isNotVisible } from '../graphql-errors/not-visible.js';
import { UserErrorCode } from '../graphql-errors/user-error-code.js';
import type { GraphQLContext } from '../graphql/context.js';
import { POLL_BACKEND } from './poll.backend.js';
import { PollRefInput } from './poll.inputs.js';
import type { PollRef } from './poll.model.js';
import { toPollObject, PollObject } from './poll.types.js';
import { checkPollRef } from './poll.validation.js';

/**
 * Most ids `polls` takes in one query (10 getMany requests). A documented constant rather than a
 * setting: the operation cost limit (GRAPHQL_MAX_COST) counts each id, and usually bites first.
 */
export const MAX_POLLS_PER_QUERY = 500;

@Resolver(() => PollObject)
export class PollResolver {
  @Query(() => PollObject, {
    nullable: true,
    description:
      'One poll as the caller sees it, by exactly one of messageId, attachId, signedAttachId, id (Telegram: id, or dialogId with messageId). null when there is no such poll; a FORBIDDEN error (reason PERMISSION_DENIED) when the caller may not read it (not a member of its chat). A malformed ref is a BAD_USER_INPUT error naming the field, without any portal call.',
  })
  async poll(
    @Arg('ref', () => PollRefInput, { description: 'Exactly one addressing form.' }) ref: PollRefInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PollObject | null> {
    const checked = checkPollRef(ref, 'ref');
    if (!checked.ok) {
      const { field, constraint, message } = checked.error;
      throw badUserInput(message, 'INVALID_POLL_REF', { field, constraint });
    }
    const backend = pollBackendFor(ctx, checked.value);
    if (backend instanceof UserError) throw badUserInput(backend.message, UserErrorCode.NOT_SUPPORTED);
    try {
      return toPollObject(await backend.read(checked.value));
    } catch (e) {
      if (isNotVisible(e, [UserErrorCode.POLL_NOT_FOUND])) return null;
      throw e;
    }
  }

  @Query(() => [PollObject], {
    nullable: 'items',
    description: `Several polls by chat message id, in the order asked (duplicates allowed). An entry is null when the poll does not exist or the caller may not read it; a portal failure nulls only the entries it touched (with an error). At most ${MAX_POLLS_PER_QUERY} ids; one portal request per 50.`,
  })
  async polls(
    @Arg('messageIds', () => [Int], { description: `Chat message ids (at most ${MAX_POLLS_PER_QUERY}).` })
    messageIds: number[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<Promise<PollObject | null>[]> {
    if (messageIds.length > MAX_POLLS_PER_QUERY) {
      throw badUserInput(`messageIds takes at most ${MAX_POLLS_PER_QUERY} ids.`, 'TOO_MANY_IDS', {
        field: 'messageIds',
        max: MAX_POLLS_PER_QUERY,
      });
    }
    const bad = messageIds.findIndex((id) => !Number.isInteger(id) || id <= 0);
    if (bad !== -1) {
      throw badUserInput(`messageIds.${bad} must be a positive integer.`, 'INVALID_POLL_REF', {
        field: `messageIds.${bad}`,
        constraint: 'positive',
      });
    }
    const backend = ctx.backend(POLL_BACKEND);
    // Entries may fail on their own: graphql-js nulls just that entry (the list items are nullable).
    return messageIds.map((messageId) => {
      const ref: PollRef = { messageId };
      return backend.read(ref).then(toPollObject, (e: unknown) => {
        if (isNotVisible(e, [UserErrorCode.POLL_NOT_FOUND, UserErrorCode.PERMISSION_DENIED])) return null;
        throw e;
      });
    });
  }
}
