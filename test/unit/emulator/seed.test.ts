import { buildState } from '../../../src/emulators/bitrix24/store/build-state.js';
import { DEFAULT_SEED } from '../../../src/emulators/bitrix24/store/default-seed.js';
import { SeedValidationError, validateSeed } from '../../../src/emulators/bitrix24/store/seed.js';

describe('seed validation and state building', () => {
  it('accepts the default seed and builds users, tokens, webhook, chats and lines', () => {
    const state = buildState(validateSeed(DEFAULT_SEED), { portalHost: 'h' });
    expect([...state.users.keys()]).toEqual([1, 2, 3, 4, 5]);
    expect(state.users.get(1)?.isAdmin).toBe(true);
    expect(state.tokens.get('dev-token-3')?.userId).toBe(3);
    expect(state.refreshTokens.get('dev-refresh-3')?.accessToken).toBe('dev-token-3');
    expect(state.webhooks[0]?.scopes).not.toContain('imopenlines');
    expect(state.chats.get(1)?.memberIds).toEqual([1, 2, 3, 4, 5]);
    expect(state.chats.get(2)?.memberIds).toEqual([1, 2]);
    expect(state.openLineIds).toEqual([1, 2]);
    expect(state.seq.chat).toBe(2);
  });

  it('lists every problem with its path', () => {
    const bad = {
      ...DEFAULT_SEED,
      users: [
        { id: 1, firstName: 'A', lastName: 'B' },
        { id: 1, firstName: 'C' },
      ],
      webhooks: [{ userId: 9, code: '', scopes: 'vote' }],
      openLineIds: 'x',
    };
    let error: unknown;
    try {
      validateSeed(bad);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'users[1].lastName: required (a string)',
        'users[1].id: duplicate value',
        'webhooks[0].code: expected a non-empty string',
        'webhooks[0].scopes: expected an array of strings',
        'webhooks[0].userId: user 9 is not in users',
        'openLineIds: expected an array of positive integers',
      ]),
    );
    // chats of the default seed reference users 2..5, which this seed no longer has
    expect(problems).toContain('chats[0].memberIds[1]: user 2 is not in users');
  });

  it('refuses a non-object seed', () => {
    expect(() => validateSeed([])).toThrow(/JSON object/);
  });
});
