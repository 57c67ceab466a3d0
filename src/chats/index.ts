/** What other features may use of chats: adding members (the bots feature adds a bot to a chat). */
export { addChatUsers } from './chat.portal.js';
