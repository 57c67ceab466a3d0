/** The minimal queries the foundation ships: who am I, and is the portal there. No user portal call. */
import { Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { IdentityModeEnum, PortalInfo, Viewer } from './viewer.types.js';

const MODES: Record<GraphQLContext['identity']['mode'], IdentityModeEnum> = {
  oauth: IdentityModeEnum.OAUTH,
  webhook: IdentityModeEnum.WEBHOOK,
  emulator: IdentityModeEnum.EMULATOR,
};

@Resolver()
export class ViewerResolver {
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
