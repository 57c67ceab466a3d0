/**
 * PollViewer.id: the poll's viewer data differs per caller, so its id joins the poll with a hash
 * of the caller's identity. Client caches that normalise by id (Apollo's InMemoryCache) then merge
 * the viewer fields of several queries instead of replacing one selection with the next.
 */
import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { pollViewerId, viewerKey } from './poll-id.js';
import { PollViewerObject } from './poll.types.js';

@Resolver(() => PollViewerObject)
export class PollViewerResolver {
  @FieldResolver(() => ID, {
    description:
      'Opaque, stable id of this poll as this caller sees it: derived from the poll id and a one-way hash of the caller identity (never the token). The same for one user across requests, different between users, so client caches keep per-user viewer data apart.',
  })
  id(@Root() viewer: PollViewerObject, @Ctx() ctx: GraphQLContext): string {
    const key = ctx.loaders.get('polls.viewerKey', () => viewerKey(ctx.identity.subject));
    return pollViewerId(viewer.attachId, key, viewer.telegram);
  }
}
