/**
 * The default portal the emulator starts with (`npm run emulator`, `npm start` without a portal,
 * and the tests). These values are public development credentials, documented in the README;
 * they only ever exist inside a loopback-bound emulator.
 */
import type { SeedData } from './seed.js';

export const DEFAULT_WEBHOOK_USER_ID = 1;
export const DEFAULT_WEBHOOK_CODE = 'devwebhook1secret';
export const DEFAULT_APP_CLIENT_ID = 'local.facade.dev';
export const DEFAULT_APP_CLIENT_SECRET = 'dev-app-secret';
const ALL_SCOPES = ['vote', 'im', 'imbot', 'imopenlines', 'imconnector', 'basic'];
const DEFAULT_WEBHOOK_SCOPES = ['vote', 'im', 'imbot', 'basic'];
const DEFAULT_OPEN_LINE_IDS = [1, 2];

/** `dev-token-<n>` / `dev-refresh-<n>` belong to user n (1..5). */
export function devAccessToken(userId: number): string {
  return `dev-token-${userId}`;
}
export function devRefreshToken(userId: number): string {
  return `dev-refresh-${userId}`;
}

/** The moment the seeded portal "was set up": chat creation and user registration dates. */
export const SEED_DATE = '2026-01-05T09:00:00+00:00';

export const DEFAULT_SEED: SeedData = {
  users: [
    {
      id: 1,
      firstName: 'Anna',
      lastName: 'Admin',
      workPosition: 'Portal administrator',
      isAdmin: true,
      gender: 'F',
    },
    { id: 2, firstName: 'Boris', lastName: 'Petrov', workPosition: 'Sales manager', gender: 'M' },
    { id: 3, firstName: 'Clara', lastName: 'Schmidt', workPosition: 'Support engineer', gender: 'F' },
    { id: 4, firstName: 'Daniel', lastName: 'Moreau', workPosition: 'Product owner', gender: 'M' },
    { id: 5, firstName: 'Elena', lastName: 'Ivanova', workPosition: 'QA engineer', gender: 'F' },
  ],
  apps: [{ clientId: DEFAULT_APP_CLIENT_ID, clientSecret: DEFAULT_APP_CLIENT_SECRET, scopes: ALL_SCOPES }],
  // Seeded dev tokens never expire: `npm start` / `npm run emulator` are development tools and a
  // token that silently dies after an hour would only make the documented quick start flaky.
  // Tests that need expiry mint short-lived tokens through POST /_emulator/tokens.
  tokens: [1, 2, 3, 4, 5].map((userId) => ({
    accessToken: devAccessToken(userId),
    refreshToken: devRefreshToken(userId),
    userId,
    clientId: DEFAULT_APP_CLIENT_ID,
    expiresAt: null,
  })),
  webhooks: [
    {
      userId: DEFAULT_WEBHOOK_USER_ID,
      code: DEFAULT_WEBHOOK_CODE,
      scopes: DEFAULT_WEBHOOK_SCOPES,
      expiresAt: null,
    },
  ],
  chats: [
    {
      id: 1,
      kind: 'chat',
      name: 'General',
      ownerId: 1,
      memberIds: [1, 2, 3, 4, 5],
      managerIds: [1],
      dateCreate: SEED_DATE,
    },
    {
      id: 2,
      kind: 'chat',
      name: 'Project Alpha',
      ownerId: 1,
      memberIds: [1, 2],
      managerIds: [1],
      dateCreate: SEED_DATE,
    },
  ],
  openLineIds: DEFAULT_OPEN_LINE_IDS,
};
