/**
 * What other features may use of chats: the Chat type, the per-request chat loader and the page
 * info (polls' Chat.polls and Poll.chat), and the chat port's key (the bots feature adds a bot to a chat through it).
 */
export { Chat } from './chat.types.js';
export { chatLoaderOf } from './chat.reader.js';
export { CHAT_BACKEND } from './chat.backend.js';
export { PageInfo } from './recent-chat.types.js';
