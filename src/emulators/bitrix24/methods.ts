/** Every REST method the emulator serves, by feature. `batch` is handled by the core itself. */
import type { MethodDefinition } from './core/method.js';
import { voteMethods } from './vote/vote.methods.js';
import { chatMethods } from './chats/chats.methods.js';
import { botMethods } from './bots/bots.methods.js';
import { connectorMethods } from './connector/connector.methods.js';
import { basicMethods } from './basic/basic.methods.js';

export const allMethods: MethodDefinition[] = [
  ...voteMethods,
  ...chatMethods,
  ...botMethods,
  ...connectorMethods,
  ...basicMethods,
];
