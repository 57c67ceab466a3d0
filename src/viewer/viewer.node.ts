/** node(id) for users: only the caller (user.current); another user's id is null. */
import type { NodeRefetchers } from '../graphql/node-registry.js';
import { viewerUserOf } from './viewer-user.js';

export function registerViewerNodes(nodes: NodeRefetchers): void {
  nodes.register('User', async (ctx, ref) => {
    // In webhook mode the caller's id is known up front: another user's id costs nothing.
    const known = ctx.identity.userId;
    if (known !== undefined && known !== ref.userId) return null;
    const me = await viewerUserOf(ctx);
    return me !== null && me.userId === ref.userId ? me : null;
  });
}
