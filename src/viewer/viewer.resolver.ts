/**
 * Who am I, and is the portal there. `viewer` itself costs no portal call; `viewer.user` reads
 * `user.current` once per request, only when selected.
 */
import { Ctx, FieldResolver, Query, Resolver } from 'type-graphql';
import { UserObject } from '../users/index.js';
import type { GraphQLContext } from '../graphql/context.js';
import { viewerUserOf } from './viewer-user.js';
import { IdentityModeEnum, PortalInfo, Viewer } from './viewer.types.js';

const MODES: Record<GraphQLContext['identity']['mode'], IdentityModeEnum> = {
  oauth: IdentityModeEnum.OAUTH,
  webhook: IdentityModeEnum.WEBHOOK,
  emulator: IdentityModeEnum.EMULATOR,
};

@Resolver(() => Viewer)
export class ViewerResolver {
  @FieldResolver(() => UserObject, {
    nullable: true,
    description:
      'The portal user calls act as (the OAuth token user, or the webhook owner), read with user.current only when ' +
      'selected. null when the portal does not grant the scope (user or basic).',
  })
  user(@Ctx() ctx: GraphQLContext): Promise<UserObject | null> {
    return viewerUserOf(ctx);
  }

  @Query(() => Viewer, { description: 'The caller of this request.' })
  viewer(@Ctx() ctx: GraphQLContext): Viewer {
    const { identity } = ctx;
    return Object.assign(new Viewer(), {
      mode: MODES[identity.mode],
      authenticated: identity.subject !== 'anonymous',
      userId: identity.userId ?? null,
    });
  }

  @Query(() => PortalInfo, { description: 'Whether the portal answers (the same probe as GET /health).' })
  async portal(@Ctx() ctx: GraphQLContext): Promise<PortalInfo> {
    const health = await ctx.health.check();
    return Object.assign(new PortalInfo(), {
      reachable: health.reachable,
      latencyMs: health.latencyMs ?? null,
    });
  }
}
