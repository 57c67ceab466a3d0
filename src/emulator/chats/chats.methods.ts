import type { MethodDefinition } from '../core/method.js';
import { imChatGet } from './im-chat-get.method.js';
import { imDialogGet } from './im-dialog-get.method.js';
import { imRecentList } from './im-recent-list.method.js';

export const chatMethods: MethodDefinition[] = [imChatGet, imDialogGet, imRecentList];
