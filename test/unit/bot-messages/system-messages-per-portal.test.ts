import { SystemMessageIds } from '../../../src/state/system-messages.js';

const A = 'https://a.bitrix24.com';
const B = 'https://b.bitrix24.com';

describe('system messages this process sent', () => {
  it('are told apart by portal and bot: the same message id elsewhere is not "your own system message"', () => {
    const ids = new SystemMessageIds();
    ids.remember(A, 7, 100);
    expect(ids.has(A, 7, 100)).toBe(true);
    expect(ids.has(B, 7, 100)).toBe(false);
    expect(ids.has(A, 8, 100)).toBe(false);
    expect(ids.has(A, 7, 101)).toBe(false);
  });

  it('stays bounded, forgetting the oldest first', () => {
    const ids = new SystemMessageIds(2);
    ids.remember(A, 1, 1);
    ids.remember(B, 1, 1);
    ids.remember(A, 1, 2);
    expect(ids.size).toBe(2);
    expect(ids.has(A, 1, 1)).toBe(false);
    expect(ids.has(B, 1, 1)).toBe(true);
    expect(ids.has(A, 1, 2)).toBe(true);
  });
});
