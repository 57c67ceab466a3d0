import type { MethodDefinition } from '../core/method.js';

export const botMethods: MethodDefinition[] = [];
