/**
 * What other features may use of chats: the Chat type, the per-request chat loader and the page
 * info (polls' Chat.polls and Poll.chat), and adding members (the bots feature adds a bot to a chat).
 */
export { Chat } from './chat.types.js';
export { chatLoaderOf } from './chat.loader.js';
export { PageInfo } from './recent-chat.types.js';
export { addChatUsers } from './chat.portal.js';
