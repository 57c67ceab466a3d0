/**
 * Emulator + facade for the chat tests, with a seed of many chats so that paging and batching have
 * something to page over. Chat n (1..CHAT_COUNT) has users 1 and 2 as members; its activity time is
 * minute floor(n/3) of 2020-01-01, so chats tie in threes (the portal then orders by chat id, newest
 * first). Chat NON_MEMBER_CHAT belongs to users 3 and 4 only.
 */
import { DEFAULT_SEED } from '../../../src/emulators/bitrix24/store/default-seed.js';
import type { SeedChat, SeedData } from '../../../src/emulators/bitrix24/store/seed.js';
import { asUser, startHarness, useHarness, type Harness } from '../server/facade-harness.js';

export const CHAT_COUNT = 55;
export const NON_MEMBER_CHAT = 90;

function activity(n: number): string {
  const minute = String(Math.floor(n / 3) % 60).padStart(2, '0');
  const hour = String(Math.floor(n / 180)).padStart(2, '0');
  return `2020-01-01T${hour}:${minute}:00+00:00`;
}

export function chatSeed(): SeedData {
  const chats: SeedChat[] = [];
  for (let n = 1; n <= CHAT_COUNT; n++) {
    chats.push({
      id: n,
      kind: 'chat',
      name: n === 2 ? 'Project Alpha' : `Chat ${n}`,
      description: `Seeded chat number ${n}`,
      ownerId: 1,
      memberIds: [1, 2],
      managerIds: [1],
      dateCreate: activity(n),
    });
  }
  chats.push({
    id: NON_MEMBER_CHAT,
    kind: 'chat',
    name: 'Private team',
    ownerId: 3,
    memberIds: [3, 4],
    dateCreate: activity(0),
  });
  return { ...DEFAULT_SEED, chats };
}

/** Dialog ids newest activity first, as im.recent.list orders them for user 1 before any activity. */
export function expectedOrder(): string[] {
  const ids = Array.from({ length: CHAT_COUNT }, (_, i) => i + 1);
  ids.sort((a, b) => Math.floor(b / 3) - Math.floor(a / 3) || b - a);
  return ids.map((n) => `chat${n}`);
}

/**
 * The facade harness (emulator mode, real HTTP) with `seed`. `traffic: true` wraps the client in the
 * traffic engine exactly as main.ts does.
 */
export function startChatHarness(
  seed: SeedData = chatSeed(),
  options: { traffic?: boolean } = {},
): Promise<Harness> {
  return startHarness({}, 'emulator', { emulator: { seed }, traffic: options.traffic === true });
}

/** The chat harness (chatSeed) for the enclosing describe block; see useHarness for the hooks. */
export function useChatHarness(options: { traffic?: boolean; resetEachTest?: boolean } = {}): Harness {
  return useHarness(() => startChatHarness(chatSeed(), { traffic: options.traffic }), options);
}

export { asUser, type Harness };
