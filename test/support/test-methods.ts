/**
 * Tiny test-only REST methods, registered through `startEmulator({ extraMethods })`, so core tests
 * do not depend on any feature module's behaviour.
 */
import { EmulatorError } from '../../src/emulators/bitrix24/core/emulator-error.js';
import type { MethodDefinition } from '../../src/emulators/bitrix24/core/method.js';
import { nextId } from '../../src/emulators/bitrix24/store/state.js';

export const testMethods: MethodDefinition[] = [
  {
    // echoes the decoded parameters and who called
    name: 'test.Echo',
    scopes: ['basic'],
    handler: (params, ctx) => ({
      result: {
        params,
        userId: ctx.user.id,
        credential: ctx.auth.kind,
        method: ctx.method,
        batched: ctx.batched,
      },
    }),
  },
  {
    // a classic list page: total and next
    name: 'test.list',
    scopes: ['basic'],
    handler: (params) => {
      const start = Number(params.start ?? 0);
      const items = Array.from({ length: 120 }, (_, i) => ({ ID: String(i + 1) })).slice(start, start + 50);
      return { result: items, total: 120, ...(start + 50 < 120 ? { next: start + 50 } : {}) };
    },
  },
  {
    name: 'test.fail',
    scopes: ['basic'],
    handler: () => {
      throw new EmulatorError(400, 'TEST_FAILURE', 'The test method failed on purpose');
    },
  },
  {
    name: 'test.crash',
    scopes: ['basic'],
    handler: () => {
      throw new TypeError('a bug in a handler');
    },
  },
  {
    name: 'test.file',
    scopes: ['basic'],
    batchable: false,
    handler: () => ({
      binary: { body: Buffer.from('a;b\n1;2\n'), contentType: 'text/csv', filename: 'report 1.csv' },
    }),
  },
  {
    name: 'test.appOnly',
    scopes: ['basic'],
    oauthOnly: true,
    handler: () => ({ result: true }),
  },
  {
    name: 'test.needsImopenlines',
    scopes: ['imopenlines', 'imconnector'],
    handler: () => ({ result: true }),
  },
  {
    // a write: adds a message to chat 1 and returns its id
    name: 'test.write',
    scopes: ['basic'],
    handler: (params, ctx) => {
      const id = nextId(ctx.state, 'message');
      ctx.state.messages.set(id, {
        id,
        chatId: 1,
        authorId: ctx.user.id,
        text: String(params.text ?? ''),
        date: new Date().toISOString(),
        isSystem: false,
        uuid: '',
        params: {},
        forward: null,
        replyId: null,
        deleted: false,
        reactions: {},
        viewedBy: [],
        source: 'user',
      });
      return { result: id };
    },
  },
];
