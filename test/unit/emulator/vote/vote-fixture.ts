/** A small in-memory portal and direct handler calls, for unit tests of the vote/chat handlers. */
import type {
  CallContext,
  MethodDefinition,
  MethodOutcome,
  Params,
} from '../../../../src/emulators/bitrix24/core/method.js';
import { isBinary } from '../../../../src/emulators/bitrix24/core/method.js';
import { buildState } from '../../../../src/emulators/bitrix24/store/build-state.js';
import type { SeedUser } from '../../../../src/emulators/bitrix24/store/seed.js';
import type { EmulatorState } from '../../../../src/emulators/bitrix24/store/state.js';
import { voteMethods } from '../../../../src/emulators/bitrix24/vote/vote.methods.js';
import { chatMethods } from '../../../../src/emulators/bitrix24/chats/chats.methods.js';

const seedUser = (firstName: string, i: number): SeedUser => ({
  id: i + 1,
  firstName,
  lastName: 'Test',
  workPosition: `Position ${i + 1}`,
  isAdmin: i === 0,
  email: `u${i + 1}@example.test`,
});

/** Five users (user 1 is an admin); chat 1 holds all of them, chat 2 users 1 and 2; user 1 owns both. */
export function freshState(): EmulatorState {
  const names = ['Anna', 'Boris', 'Clara', 'Daniel', 'Elena'];
  return buildState(
    {
      users: names.map(seedUser),
      apps: [],
      tokens: [],
      webhooks: [],
      chats: [
        { id: 1, name: 'Chat 1', ownerId: 1, memberIds: [1, 2, 3, 4, 5] },
        { id: 2, name: 'Chat 2', ownerId: 1, memberIds: [1, 2] },
      ],
      openLineIds: [],
    },
    { portalHost: '127.0.0.1:4001' },
  );
}

const all: MethodDefinition[] = [...voteMethods, ...chatMethods];
let clock = Date.parse('2026-03-01T10:00:00Z');

export function call(state: EmulatorState, userId: number, method: string, params: Params = {}) {
  const def = all.find((m) => m.name.toLowerCase() === method.toLowerCase());
  if (!def) throw new Error(`no method ${method}`);
  const caller = state.users.get(userId);
  if (!caller) throw new Error(`no user ${userId}`);
  const ctx: CallContext = {
    state,
    user: caller,
    auth: { kind: 'webhook', webhook: { userId, code: 'x', scopes: ['vote', 'im'], expiresAt: null } },
    credentialKey: `webhook:${userId}:x`,
    method: def.name,
    batched: false,
    // Each call is one second later, so message dates order deterministically.
    now: () => new Date((clock += 1000)),
  };
  return def.handler(params, ctx);
}

/** A JSON outcome's result, typed loosely for assertions. */
export async function result(state: EmulatorState, userId: number, method: string, params: Params = {}) {
  const outcome = await call(state, userId, method, params);
  if (isBinary(outcome)) throw new Error('binary outcome');
  return (outcome as MethodOutcome).result as any;
}

export const pollData = (answers = ['Red', 'Green', 'Blue'], extra: Record<string, unknown> = {}) => ({
  QUESTIONS: [
    { QUESTION: 'Favourite colour?', FIELD_TYPE: 0, ANSWERS: answers.map((MESSAGE) => ({ MESSAGE })) },
  ],
  ANONYMITY: 0,
  OPTIONS: 0,
  ...extra,
});
