import type { MethodDefinition } from '../core/method.js';
import { imChatGet } from './im-chat-get.method.js';
import { imDialogGet } from './im-dialog-get.method.js';
import { imDialogMessagesGet } from './im-dialog-messages-get.method.js';
import { imMessageAdd } from './im-message-add.method.js';
import { imRecentList } from './im-recent-list.method.js';

export const chatMethods: MethodDefinition[] = [
  imChatGet,
  imDialogGet,
  imRecentList,
  imDialogMessagesGet,
  imMessageAdd,
];
