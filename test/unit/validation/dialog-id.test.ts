import { groupChatIdOf, isBotDialogId, isDialogId } from '../../../src/validation/dialog-id.js';

describe('the dialog id rule (one module for chats, node ids, polls and bots)', () => {
  it.each([
    ['chat1', true, true, 1],
    ['sg7', true, false, null],
    ['42', true, true, null],
    ['chat0', false, false, null],
    ['chat01', false, false, null],
    ['01', false, false, null],
    ['Chat1', false, false, null],
    ['chat', false, false, null],
    ['chat12345678901', false, true, 12345678901],
  ] as const)('%s: any dialog %s, bot dialog %s, group chat %s', (value, any, bot, chatId) => {
    expect(isDialogId(value)).toBe(any);
    expect(isBotDialogId(value)).toBe(bot);
    expect(groupChatIdOf(value)).toBe(chatId);
  });
});
