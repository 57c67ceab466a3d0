/**
 * The `node(id)` refetcher registry: each feature registers how to refetch its own types (polls:
 * Poll, Question, Answer; chats: Chat; bots: Bot; viewer: User), the composition root collects
 * them (src/app/nodes.ts), and node()/nodes() ask `ctx.refetch(ref)`. The kernel knows no feature.
 * A type nobody registered (RecentChat, BotMessage) is not refetchable: null, without a call.
 */
import type { GraphQLContext } from './context.js';
import type { NodeRef, NodeType } from './global-id.js';
import type { Node } from './node.interface.js';

export type NodeRefetcher<T extends NodeType> = (
  ctx: GraphQLContext,
  ref: Extract<NodeRef, { type: T }>,
) => Promise<Node | null>;

export class NodeRefetchers {
  private readonly byType = new Map<NodeType, NodeRefetcher<NodeType>>();

  register<T extends NodeType>(type: T, refetch: NodeRefetcher<T>): this {
    this.byType.set(type, refetch as unknown as NodeRefetcher<NodeType>);
    return this;
  }

  /** The types some feature can refetch. */
  get types(): NodeType[] {
    return [...this.byType.keys()];
  }

  refetch(ctx: GraphQLContext, ref: NodeRef): Promise<Node | null> {
    const refetch = this.byType.get(ref.type);
    return refetch === undefined ? Promise.resolve(null) : refetch(ctx, ref);
  }
}
