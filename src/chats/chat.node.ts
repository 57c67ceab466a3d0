/** node(id) for chats: a Chat is read as the dialog "chat<chatId>" through the request's chat loader. */
import type { NodeRefetchers } from '../graphql/node-registry.js';
import { chatLoaderOf } from './chat.reader.js';
import { Chat } from './chat.types.js';

export function registerChatNodes(nodes: NodeRefetchers): void {
  nodes.register('Chat', async (ctx, ref) => {
    const chat = await chatLoaderOf(ctx).load(`chat${ref.chatId}`);
    return chat === null ? null : Chat.fromModel(chat);
  });
}
