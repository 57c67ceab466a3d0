/**
 * The default world: the Bitrix24 emulator's five dev users as Telegram users 1-5, a basic group
 * `chat 1` with all of them (and the bot), a channel `channel 1` whose subscribers are users 1-3
 * (user 1 and the bot administer it), one bot account, and a logged-out key.
 * The auth keys are derived from fixed labels: public dev secrets, like the portal's dev-token-N.
 */
import { createHash } from 'node:crypto';
import { chatKey, type TgChat, type TgSessionKey, type TgState, type TgUser } from './state.js';

export const BOT_USER_ID = 100;

const USERS: TgUser[] = [
  { id: 1, firstName: 'Anna', lastName: 'Admin', bot: false, phone: '+15550000001' },
  { id: 2, firstName: 'Boris', lastName: 'Petrov', bot: false, phone: '+15550000002' },
  { id: 3, firstName: 'Clara', lastName: 'Schmidt', bot: false, phone: '+15550000003' },
  { id: 4, firstName: 'Daniel', lastName: 'Moreau', bot: false, phone: '+15550000004' },
  {
    id: 5,
    firstName: 'Elena',
    lastName: 'Ivanova',
    bot: false,
    phone: '+15550000005',
    password: 'dev-2fa-password',
    passwordHint: 'dev-2fa-…',
  },
  { id: BOT_USER_ID, firstName: 'Poll Bot', lastName: '', bot: true },
];

/** 256 deterministic bytes for a session label. */
export function devAuthKey(label: string): Buffer {
  const parts = [0, 1, 2, 3].map((i) =>
    createHash('sha512').update(`teleproto-emulator:${label}:${i}`).digest(),
  );
  return Buffer.concat(parts);
}

/** User 5's 2FA password (a dev value): logging in as user 5 asks for it after the code. */
export const DEV_2FA_PASSWORD = 'dev-2fa-password';

/** Every user's login code on this server (a dev value, like the dev tokens). */
export const DEV_LOGIN_CODE = '12345';

/** Session names: `user-1`..`user-5`, `bot`, and `logged-out` (a known key bound to no account). */
export const DEV_SESSION_NAMES = ['user-1', 'user-2', 'user-3', 'user-4', 'user-5', 'bot', 'logged-out'];

function sessionUser(name: string): number | null {
  if (name === 'bot') return BOT_USER_ID;
  if (name === 'logged-out') return null;
  return Number(name.slice('user-'.length));
}

export function defaultState(): TgState {
  const keys = new Map<string, TgSessionKey>();
  for (const name of DEV_SESSION_NAMES) {
    keys.set(name, { name, authKey: devAuthKey(name), userId: sessionUser(name) });
  }
  const chat: TgChat = {
    kind: 'chat',
    id: 1,
    title: 'chat 1',
    accessHash: 0n,
    members: new Set([1, 2, 3, 4, 5, BOT_USER_ID]),
    posters: new Set([1, 2, 3, 4, 5, BOT_USER_ID]),
  };
  const channel: TgChat = {
    kind: 'channel',
    id: 1,
    title: 'channel 1',
    accessHash: 0x1c0ffee1n,
    members: new Set([1, 2, 3, BOT_USER_ID]),
    posters: new Set([1, BOT_USER_ID]),
  };
  return {
    users: new Map(USERS.map((user) => [user.id, { ...user }])),
    keys,
    chats: new Map([
      [chatKey('chat', 1), chat],
      [chatKey('channel', 1), channel],
    ]),
    messages: new Map(),
    polls: new Map(),
    nextMessageId: new Map(),
    nextPollId: 5_000_000_001n,
    randomIds: new Map(),
    pendingLogins: new Map(),
  };
}
