/**
 * The Bitrix24 chat backend (chats/chat.backend.ts ChatDirectoryBackend) over one request's portal
 * caller and the caller's credential: chat reads through the batching loader (chat.loader.ts), the
 * recent list (`im.recent.list`) and adding chat members (`im.chat.user.add`), all as the caller.
 */
import type { ChatDirectoryBackend } from '../../../chats/chat.backend.js';
import type { PortalCredential } from '../credential.js';
import type { PortalCaller } from '../portal-caller.js';
import { createChatLoader } from './chat.loader.js';
import { addChatUsers, listRecent } from './chat.portal.js';

export function createBitrix24ChatBackend(
  caller: PortalCaller,
  credential: PortalCredential,
  options: { batched?: boolean } = {},
): ChatDirectoryBackend {
  const loader = createChatLoader(caller, credential, options.batched ?? true);
  return {
    read: (dialogId) => loader.load(dialogId),
    recent: (recentOptions) => listRecent(caller, credential, recentOptions),
    addUsers: (chatId, userIds) => addChatUsers(caller, credential, chatId, userIds),
  };
}
