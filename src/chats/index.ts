/** What other features may use of chats: the Chat type, the per-request chat loader, the page info. */
export { Chat } from './chat.types.js';
export { chatLoaderOf } from './chat.loader.js';
export { PageInfo } from './recent-chat.types.js';
