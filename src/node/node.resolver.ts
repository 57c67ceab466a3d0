/** `Query.node` and `Query.nodes`: refetch any object by its opaque id (Relay). */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { badUserInput } from '../graphql-errors/facade-errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { decodeNodeId } from '../graphql/global-id.js';
import { Node } from '../graphql/node.interface.js';

/** Same bound as `polls(messageIds)`: 10 portal requests of 50 at most. */
export const MAX_NODES = 500;

const REFETCH_NOTE =
  "Refetchable: Poll, Question, Answer, Chat, Bot, and the caller's own User. RecentChat and BotMessage ids " +
  "answer null without a portal call. Another user's User id answers null: without a portal call in webhook mode " +
  '(the caller is known), otherwise after the one user.current read per request that tells who the caller is. ' +
  'An object the caller cannot see answers null. An id this API did not mint is a BAD_USER_INPUT error (reason ' +
  'INVALID_NODE_ID) and costs no portal call.';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: `The object with this id, as the caller sees it now. ${REFETCH_NOTE}`,
  })
  node(
    @Arg('id', () => ID, { description: 'An `id` from any object of this API.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Node | null> {
    return ctx.refetch(decodeNodeId(id, 'id'));
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      `Several objects by id, in the order asked (at most ${MAX_NODES}); reads are batched like polls and chats ` +
      `(one portal request per 50 polls or chats). An entry that fails alone is null with an error. ${REFETCH_NOTE}`,
  })
  nodes(
    @Arg('ids', () => [ID], { description: `Ids from any objects of this API (at most ${MAX_NODES}).` })
    ids: string[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<Node | null>[] {
    if (ids.length > MAX_NODES) {
      throw badUserInput(`ids takes at most ${MAX_NODES} ids.`, 'TOO_MANY_IDS', {
        argument: 'ids',
        max: MAX_NODES,
      });
    }
    // Every id is checked before the first portal call: one bad id refuses the whole request.
    const refs = ids.map((id, index) => decodeNodeId(id, `ids.${index}`));
    return refs.map((ref) => ctx.refetch(ref));
  }
}
