import { normalizeDialog, normalizeRecentItem } from '../../../src/backends/bitrix24/chats/chat.portal.js';
import {
  normalizeBot,
  normalizeBotChat,
  normalizeBotMessage,
  normalizeUuidMap,
} from '../../../src/backends/bitrix24/bots/bot.normalize.js';
import { normalizeSendResults } from '../../../src/backends/bitrix24/connector/connector.portal.js';
import { fixture } from './fixtures.js';

describe('chats (documented examples)', () => {
  it('im.dialog.get → Chat', () => {
    const chat = normalizeDialog(fixture('im-dialog-get.success').result, 'chat1439');
    expect(chat).toEqual({
      id: 1439,
      dialogId: 'chat1439',
      name: 'Deal Chat',
      description: 'Discussion about the deal',
      type: 'crm',
      ownerId: 503,
      memberCount: 3,
      messageCount: 3,
      role: 'owner',
      canPost: true,
      entityType: 'CRM',
      entityId: 'DEAL|1663',
      lastMessageId: 84477,
      createdAt: '2026-02-25T16:50:58+01:00',
      avatarUrl: null,
      color: '#f76187',
    });
  });

  it('canPost follows permissions.can_post and text_field_enabled', () => {
    const raw = fixture('im-dialog-get.success').result;
    expect(
      normalizeDialog({ ...raw, role: 'member', permissions: { can_post: 'manager' } }, 'x').canPost,
    ).toBe(false);
    expect(normalizeDialog({ ...raw, text_field_enabled: false }, 'x').canPost).toBe(false);
  });

  it('im.recent.list items: id number or string → dialogId string always', () => {
    const items = fixture('im-recent-list.success').result.items.map(normalizeRecentItem);
    expect(items.map((i: { dialogId: string }) => i.dialogId)).toEqual(['547', 'chat1317']);
    expect(items[0]).toMatchObject({
      chatId: 1231,
      type: 'user',
      title: 'John Doe',
      unreadCount: 1,
      lastMessage: { id: 84415, text: 'ntcn', authorId: 547, date: '2026-02-25T12:07:10+01:00' },
      avatarUrl: null,
    });
  });
});

describe('imbot.v2 (documented examples)', () => {
  it('Bot (extended) and Chat with textFieldEnabled "Y"', () => {
    expect(normalizeBot(fixture('bot-get.success').result.bot)).toMatchObject({
      id: 456,
      code: 'support_bot',
      type: 'bot',
      isReactionsEnabled: true,
      backgroundId: null,
      eventMode: 'fetch',
      countMessage: 150,
    });
    expect(normalizeBotChat(fixture('chat-get.success').result.chat)).toMatchObject({
      id: 5,
      dialogId: 'chat5',
      textFieldEnabled: true,
      ownerId: 456,
      userCounter: 3,
    });
  });

  it('Message and uuidMap {} / []', () => {
    expect(normalizeBotMessage(fixture('chat-message-get.success').result.message)).toEqual({
      id: 789,
      chatId: 5,
      authorId: 1,
      date: '2026-03-19T14:30:00+02:00',
      text: 'Hello! How are you?',
      isSystem: false,
      uuid: null,
      params: {},
      viewedByOthers: true,
      forward: null,
    });
    expect(normalizeUuidMap(fixture('chat-message-send.success').result.uuidMap)).toEqual({});
    expect(normalizeUuidMap([])).toEqual({});
    expect(normalizeUuidMap({ 'u-1': '790' })).toEqual({ 'u-1': 790 });
  });
});

describe('imconnector.send.messages (documented example)', () => {
  const input = {
    user: { id: 'u' },
    message: { id: 'ext-msg-1001', text: 'Good afternoon' },
    chat: { id: 'channel-123' },
  };

  it('result.SUCCESS/DATA.RESULT → per-item results with numbers', () => {
    expect(normalizeSendResults(fixture('imconnector-send-messages.success').result, [input])).toEqual([
      { ok: true, externalMessageId: 'ext-msg-1001', userId: 585, sessionId: 323, chatId: 1767 },
    ]);
  });

  it('failed items keep their ERRORS, in input order; a missing item is a failure', () => {
    const result = {
      SUCCESS: true,
      DATA: {
        RESULT: [{ SUCCESS: false, ERRORS: ['Not all required data was provided'], message: { id: 'a' } }],
      },
    };
    const second = { ...input, message: { id: 'b' } };
    expect(normalizeSendResults(result, [{ ...input, message: { id: 'a' } }, second])).toEqual([
      { ok: false, externalMessageId: 'a', errors: ['Not all required data was provided'] },
      { ok: false, externalMessageId: 'b', errors: ['NO_RESULT_FOR_MESSAGE'] },
    ]);
  });
});
