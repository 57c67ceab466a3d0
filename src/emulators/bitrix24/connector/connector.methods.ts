/** The Open Channels connector methods (imconnector.*): OAuth application context only. */
import type { MethodDefinition } from '../core/method.js';
import { connectorSetupMethods } from './connector-setup.methods.js';
import { sendMessagesMethods } from './send-messages.methods.js';

export const connectorMethods: MethodDefinition[] = [...connectorSetupMethods, ...sendMessagesMethods];
