/** Every method of the chatbot area: imbot.v2.* plus im.chat.user.add (how a bot joins a chat). */
import type { MethodDefinition } from '../core/method.js';
import { botRegistrationMethods } from './bot-register.methods.js';
import { chatMembershipMethods } from './chat-membership.methods.js';
import { eventMethods } from './event-get.methods.js';
import { messageEditMethods } from './message-edit.methods.js';
import { messageHistoryMethods } from './message-history.methods.js';
import { messageSendMethods } from './message-send.methods.js';
import { reactionMethods } from './reaction.methods.js';

export const botMethods: MethodDefinition[] = [
  ...botRegistrationMethods,
  ...messageSendMethods,
  ...messageEditMethods,
  ...messageHistoryMethods,
  ...reactionMethods,
  ...eventMethods,
  ...chatMembershipMethods,
];
