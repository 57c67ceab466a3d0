/** Which feature refetches which node type (node(id), nodes(ids)): each feature registers its own. */
import { NodeRefetchers } from '../graphql/node-registry.js';
import { registerPollNodes } from '../polls/poll.node.js';
import { registerChatNodes } from '../chats/chat.node.js';
import { registerBotNodes } from '../bot-messages/bot.node.js';
import { registerViewerNodes } from '../viewer/viewer.node.js';

export function createNodeRefetchers(): NodeRefetchers {
  const nodes = new NodeRefetchers();
  registerPollNodes(nodes);
  registerChatNodes(nodes);
  registerBotNodes(nodes);
  registerViewerNodes(nodes);
  return nodes;
}
