import { EmulatorError } from '../../../../src/emulators/bitrix24/core/emulator-error.js';
import { call, freshState, pollData, result } from './vote-fixture.js';

describe('im.* handlers', () => {
  it('creates a private dialog lazily and reuses it', async () => {
    const state = freshState();
    const first = await result(state, 2, 'im.dialog.get', { DIALOG_ID: '3' });
    const again = await result(state, 3, 'im.dialog.get', { DIALOG_ID: 2 });
    expect(first.id).toBe(again.id);
    expect(first.id).toBeGreaterThan(2);
    expect(first).toMatchObject({ type: 'private', message_type: 'P', name: 'Clara Test', dialog_id: '3' });
    expect(again.name).toBe('Boris Test');
  });

  it('refuses unknown users and malformed dialog ids with ACCESS_ERROR', () => {
    const state = freshState();
    for (const DIALOG_ID of ['99', 'chat99', 'nonsense', 'sg5']) {
      expect(() => call(state, 1, 'im.dialog.get', { DIALOG_ID })).toThrow(EmulatorError);
    }
  });

  it('orders the recent list by last message and reports unread counters', async () => {
    const state = freshState();
    await result(state, 1, 'vote.Integration.Im.send', { chatId: 2, IM_MESSAGE_VOTE_DATA: pollData() });
    await result(state, 1, 'vote.Integration.Im.send', { chatId: 1, IM_MESSAGE_VOTE_DATA: pollData() });
    const list = await result(state, 2, 'im.recent.list', {});
    expect(list.items.map((i: { id: unknown }) => i.id)).toEqual(['chat1', 'chat2']);
    expect(list.items[0]).toMatchObject({ counter: 1, message: { author_id: 1, attach: true } });
    const unreadOnly = await result(state, 1, 'im.recent.list', { UNREAD_ONLY: 'Y' });
    expect(unreadOnly.items).toEqual([]);
  });
});
