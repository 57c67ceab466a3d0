/** A small in-memory portal and direct handler calls, for unit tests of the vote/chat handlers. */
import type {
  CallContext,
  MethodDefinition,
  MethodOutcome,
  Params,
} from '../../../../src/emulator/core/method.js';
import { isBinary } from '../../../../src/emulator/core/method.js';
import type { EmChat, EmulatorState, EmUser } from '../../../../src/emulator/store/state.js';
import { voteMethods } from '../../../../src/emulator/vote/vote.methods.js';
import { chatMethods } from '../../../../src/emulator/chats/chats.methods.js';

function user(id: number, firstName: string, isAdmin = false): EmUser {
  return {
    id,
    name: `${firstName} Test`,
    firstName,
    lastName: 'Test',
    workPosition: `Position ${id}`,
    isAdmin,
    isBot: false,
    gender: '',
    email: `u${id}@example.test`,
    color: '#1eb4aa',
  };
}

function chat(id: number, memberIds: number[]): EmChat {
  return {
    id,
    kind: 'chat',
    name: `Chat ${id}`,
    description: '',
    ownerId: 1,
    memberIds,
    managerIds: [1],
    entityType: '',
    entityId: '',
    color: '#4ba984',
    dateCreate: '2026-01-05T09:00:00+00:00',
  };
}

export function freshState(): EmulatorState {
  const names = ['Anna', 'Boris', 'Clara', 'Daniel', 'Elena'];
  return {
    portalHost: '127.0.0.1:4001',
    users: new Map(names.map((n, i) => [i + 1, user(i + 1, n, i === 0)])),
    chats: new Map([
      [1, chat(1, [1, 2, 3, 4, 5])],
      [2, chat(2, [1, 2])],
    ]),
    messages: new Map(),
    apps: new Map(),
    tokens: new Map(),
    refreshTokens: new Map(),
    webhooks: [],
    polls: new Map(),
    bots: new Map(),
    botEvents: [],
    connectors: new Map(),
    connectorLines: [],
    openLineSessions: [],
    openLineIds: [],
    connectorMessageIds: {},
    seq: { chat: 2 },
  };
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
