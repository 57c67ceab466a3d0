/** node(id) for bots: imbot.v2.Bot.get through the request's bot loader. */
import type { NodeRefetchers } from '../graphql/node-registry.js';
import { botNodeLoaderOf } from './bot-node.loader.js';

export function registerBotNodes(nodes: NodeRefetchers): void {
  nodes.register('Bot', (ctx, ref) => botNodeLoaderOf(ctx).load(ref.botId));
}
