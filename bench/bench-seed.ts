/**
 * The benchmarks' portal: the default seed plus enough users that a bot can write to 150 distinct
 * one-to-one dialogs (`dialogId: "<userId>"`), users 1..160.
 */
import { DEFAULT_SEED } from '../src/emulators/bitrix24/store/default-seed.js';
import type { SeedData } from '../src/emulators/bitrix24/index.js';

export const BENCH_USERS = 160;

export function benchSeed(): SeedData {
  const extra = Array.from({ length: BENCH_USERS - DEFAULT_SEED.users.length }, (_, i) => {
    const id = DEFAULT_SEED.users.length + 1 + i;
    return { id, firstName: 'Bench', lastName: `User ${id}` };
  });
  return { ...DEFAULT_SEED, users: [...DEFAULT_SEED.users, ...extra] };
}
