/**
 * imbot.v2.Chat.Message.get / getContext and Reaction.add / delete over HTTP (docs/bitrix24-contract.md §7.10–docs/bitrix24-contract.md §7.13).
 */
import { callRest } from '../../support/emulator.js';
import {
  addBotToChat,
  asUser,
  BOT_TOKEN,
  botInChat,
  callBot,
  expectBotError,
  postAsUser,
  registerBot,
  sendAsBot,
  WEBHOOK,
  useBotEmulator,
} from './bot-helpers.js';

const emu = useBotEmulator();

const supervisor = () => botInChat(emu, { type: 'supervisor' });

describe('imbot.v2.Chat.Message.get', () => {
  it('webhook example: the Message object and the brief author', async () => {
    const botId = await supervisor();
    const messageId = postAsUser(emu, 1, 2, 'Good afternoon!');
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.get',
      { botId, botToken: BOT_TOKEN, messageId },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({
      message: {
        id: messageId,
        chatId: 1,
        authorId: 2,
        date: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/),
        text: 'Good afternoon!',
        isSystem: false,
        uuid: '',
        forward: null,
        params: {},
        viewedByOthers: false,
        viewed: false,
        unread: true,
      },
      user: { id: 2, active: true, name: 'Boris Petrov', bot: false, type: 'employee' },
    });
  });

  it('OAuth example (personal bot)', async () => {
    const botId = await registerBot(emu, { as: asUser(1), type: 'personal' });
    await addBotToChat(emu, botId);
    const messageId = postAsUser(emu, 1, 3, 'hi');
    const res = await callRest(emu, 'imbot.v2.Chat.Message.get', { botId, messageId }, asUser(1));
    expect(res.body.result.message.id).toBe(messageId);
  });

  it('BOT_TYPE_NOT_ALLOWED for a plain bot, MESSAGE_NOT_FOUND, MESSAGE_ACCESS_DENIED', async () => {
    const plain = await botInChat(emu, { code: 'plain', botToken: 'plain_token' });
    const messageId = postAsUser(emu, 1, 2, 'hi');
    const typed = await callBot(emu, 'imbot.v2.Chat.Message.get', { botId: plain, messageId }, 'plain_token');
    expect(typed.status).toBe(403);
    expect(typed.body).toEqual({ error: 'BOT_TYPE_NOT_ALLOWED', error_description: 'Bot type not allowed' });
    const botId = await supervisor();
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.get', { botId, messageId: 987654 }),
      400,
      'MESSAGE_NOT_FOUND',
    );
    const inChat2 = postAsUser(emu, 2, 2, 'private talk');
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.get', { botId, messageId: inChat2 }),
      403,
      'MESSAGE_ACCESS_DENIED',
    );
  });
});

describe('imbot.v2.Chat.Message.getContext', () => {
  it('webhook example (range 20): oldest→newest window with paging flags and users', async () => {
    const botId = await supervisor();
    const ids = Array.from({ length: 45 }, (_, i) => postAsUser(emu, 1, 2 + (i % 2), `m${i}`));
    const center = ids[22] as number;
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.getContext',
      { botId, botToken: BOT_TOKEN, messageId: center, range: 20 },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.messages.map((m: { id: number }) => m.id)).toEqual(ids.slice(2, 43));
    expect(res.body.result.hasPrevPage).toBe(true);
    expect(res.body.result.hasNextPage).toBe(true);
    expect(res.body.result.users.map((u: { id: number }) => u.id).sort()).toEqual([2, 3]);
    const edge = await callBot(emu, 'imbot.v2.Chat.Message.getContext', {
      botId,
      messageId: ids[0],
      range: '2',
    });
    expect(edge.body.result.messages.map((m: { id: number }) => m.id)).toEqual(ids.slice(0, 3));
    expect(edge.body.result.hasPrevPage).toBe(false);
  });

  it('OAuth example; errors as in get', async () => {
    const botId = await registerBot(emu, { as: asUser(1), type: 'supervisor' });
    await addBotToChat(emu, botId);
    const messageId = postAsUser(emu, 1, 2, 'hi');
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.getContext',
      { botId, messageId, range: 20 },
      asUser(1),
    );
    expect(res.body.result).toEqual(
      expect.objectContaining({
        hasPrevPage: false,
        hasNextPage: false,
        messages: [expect.objectContaining({ id: messageId })],
      }),
    );
    const plain = await botInChat(emu, { code: 'p', botToken: 'p_token' });
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.getContext', { botId: plain, messageId }, 'p_token'),
      403,
      'BOT_TYPE_NOT_ALLOWED',
    );
  });
});

describe('imbot.v2.Chat.Message.Reaction.add / delete', () => {
  it('webhook examples: add like, REACTION_ALREADY_SET, delete, delete again is still true', async () => {
    const botId = await botInChat(emu);
    const messageId = postAsUser(emu, 1, 2, 'nice');
    const add = await callRest(
      emu,
      'imbot.v2.Chat.Message.Reaction.add',
      { botId, botToken: BOT_TOKEN, messageId, reaction: 'like' },
      WEBHOOK,
    );
    expect(add.status).toBe(200);
    expect(add.body.result).toEqual({ result: true });
    expect(emu.state.messages.get(messageId)?.reactions).toEqual({ like: [botId] });
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.Reaction.add', { botId, messageId, reaction: 'like' }),
      400,
      'REACTION_ALREADY_SET',
    );
    const del = await callBot(emu, 'imbot.v2.Chat.Message.Reaction.delete', {
      botId,
      messageId,
      reaction: 'like',
    });
    expect(del.body.result).toEqual({ result: true });
    expect(emu.state.messages.get(messageId)?.reactions).toEqual({});
    const again = await callBot(emu, 'imbot.v2.Chat.Message.Reaction.delete', {
      botId,
      messageId,
      reaction: 'like',
    });
    expect(again.body.result).toEqual({ result: true });
  });

  it('OAuth examples', async () => {
    const botId = await botInChat(emu, { as: asUser(1) });
    const messageId = postAsUser(emu, 1, 2, 'nice');
    const add = await callRest(
      emu,
      'imbot.v2.Chat.Message.Reaction.add',
      { botId, messageId, reaction: 'like' },
      asUser(1),
    );
    expect(add.body.result).toEqual({ result: true });
    const del = await callRest(
      emu,
      'imbot.v2.Chat.Message.Reaction.delete',
      { botId, messageId, reaction: 'like' },
      asUser(1),
    );
    expect(del.body.result).toEqual({ result: true });
  });

  it('REACTION_NOT_FOUND for an unknown code; ACCESS_DENIED outside the chat', async () => {
    const botId = await botInChat(emu);
    const messageId = postAsUser(emu, 1, 2, 'nice');
    for (const method of ['imbot.v2.Chat.Message.Reaction.add', 'imbot.v2.Chat.Message.Reaction.delete']) {
      expectBotError(
        await callBot(emu, method, { botId, messageId, reaction: 'thumbsUp' }),
        400,
        'REACTION_NOT_FOUND',
      );
    }
    const inChat2 = postAsUser(emu, 2, 2, 'elsewhere');
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.Reaction.add', {
        botId,
        messageId: inChat2,
        reaction: 'fire',
      }),
      403,
      'ACCESS_DENIED',
    );
  });

  it('the author bot hears ONIMBOTV2REACTIONCHANGE', async () => {
    const author = await botInChat(emu);
    const reactor = await botInChat(emu, { code: 'r', botToken: 'r_token' });
    const messageId = await sendAsBot(emu, author, { message: 'rate me' });
    await callBot(
      emu,
      'imbot.v2.Chat.Message.Reaction.add',
      { botId: reactor, messageId, reaction: 'hundredPoints' },
      'r_token',
    );
    const events = await callBot(emu, 'imbot.v2.Event.get', { botId: author });
    const change = events.body.result.events.find(
      (e: { type: string }) => e.type === 'ONIMBOTV2REACTIONCHANGE',
    );
    // The v2 event objects (Bot, Chat, Message, User) with the reaction itself.
    expect(change.data).toEqual(
      expect.objectContaining({
        bot: expect.objectContaining({ id: author, eventMode: 'fetch' }),
        chat: expect.objectContaining({ id: 1, dialogId: 'chat1' }),
        message: expect.objectContaining({ id: messageId }),
        user: expect.objectContaining({ id: reactor, bot: true }),
        reaction: 'hundredPoints',
        action: 'set',
      }),
    );
  });
});
