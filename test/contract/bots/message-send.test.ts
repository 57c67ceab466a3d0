/**
 * imbot.v2.Chat.get and imbot.v2.Chat.Message.send over HTTP (docs/bitrix24-contract.md §7.5, docs/bitrix24-contract.md §7.6, seed 003): the
 * documented examples (chat5/chat20921/chat2725 adapted to the seeded chat 1), every documented
 * error, the 20,000-char cut, forwards, templateId idempotency and how bots hear about messages.
 */
import { callRest, chatHistory } from '../../support/emulator.js';
import {
  addBotToChat,
  asUser,
  BOT_TOKEN,
  botInChat,
  callBot,
  expectBotError,
  registerBot,
  sendAsBot,
  WEBHOOK,
  useBotEmulator,
} from './bot-helpers.js';

const emu = useBotEmulator();

const history = (chatId: number) => chatHistory(emu, chatId);

describe('im.chat.user.add: how a bot gets into a group chat', () => {
  it('a member adds the bot: result true, membership, countChat and ONIMBOTV2JOINCHAT', async () => {
    const botId = await registerBot(emu);
    const res = await callRest(emu, 'im.chat.user.add', { CHAT_ID: 1, USERS: [botId] }, WEBHOOK);
    expect(res.status).toBe(200);
    expect(res.body.result).toBe(true);
    expect(emu.state.chats.get(1)?.memberIds).toContain(botId);
    const events = await callBot(emu, 'imbot.v2.Event.get', { botId });
    expect(events.body.result.events).toEqual([
      expect.objectContaining({
        type: 'ONIMBOTV2JOINCHAT',
        data: expect.objectContaining({ chat: expect.objectContaining({ id: 1, dialogId: 'chat1' }) }),
      }),
    ]);
    const bot = await callBot(emu, 'imbot.v2.Bot.get', { botId });
    expect(bot.body.result.bot.countChat).toBe(1);
  });

  it('CHAT_ID_EMPTY, USERS_EMPTY (400) and ACCESS_ERROR (403) for a non-member caller', async () => {
    const botId = await registerBot(emu);
    const noChat = await callRest(emu, 'im.chat.user.add', { USERS: [botId] }, WEBHOOK);
    expect([noChat.status, noChat.body.error]).toEqual([400, 'CHAT_ID_EMPTY']);
    const noUsers = await callRest(emu, 'im.chat.user.add', { CHAT_ID: 1 }, WEBHOOK);
    expect([noUsers.status, noUsers.body.error]).toEqual([400, 'USERS_EMPTY']);
    const outsider = await callRest(emu, 'im.chat.user.add', { CHAT_ID: 2, USERS: [botId] }, asUser(3));
    expect([outsider.status, outsider.body.error]).toEqual([403, 'ACCESS_ERROR']);
    expect(emu.state.chats.get(2)?.memberIds).not.toContain(botId);
  });
});

describe('imbot.v2.Chat.get', () => {
  it('webhook example: the Chat object with its string and JSON-text quirks', async () => {
    const botId = await botInChat(emu);
    const res = await callRest(
      emu,
      'imbot.v2.Chat.get',
      { botId, botToken: BOT_TOKEN, dialogId: 'chat1' },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.chat).toEqual(
      expect.objectContaining({
        id: 1,
        dialogId: 'chat1',
        name: 'General',
        type: 'chat',
        messageType: 'C',
        owner: 1,
        role: 'member',
        textFieldEnabled: 'Y',
        lastMessageViews: '{}',
        managerList: [1],
        userCounter: 6,
        muteList: [],
        entityLink: {},
        parentChatId: null,
        backgroundId: null,
      }),
    );
  });

  it('OAuth example; a one-to-one dialog is the other party id', async () => {
    const botId = await botInChat(emu, { as: asUser(1) });
    const res = await callRest(emu, 'imbot.v2.Chat.get', { botId, dialogId: 'chat1' }, asUser(1));
    expect(res.body.result.chat.id).toBe(1);
    const dm = await callRest(emu, 'imbot.v2.Chat.get', { botId, dialogId: '3' }, asUser(1));
    expect(dm.body.result.chat).toEqual(
      expect.objectContaining({ dialogId: '3', type: 'private', messageType: 'P' }),
    );
  });

  it('ACCESS_DENIED (403) when the bot is not a member, and for an unknown dialog', async () => {
    const botId = await botInChat(emu);
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: 'chat2' }),
      403,
      'ACCESS_DENIED',
    );
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: 'chat999' }),
      403,
      'ACCESS_DENIED',
    );
    expectBotError(await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: '999' }), 403, 'ACCESS_DENIED');
  });
});

describe('imbot.v2.Chat.Message.send: documented examples', () => {
  it('seed 003 webhook example: id + empty uuidMap {}, and the message in the chat history', async () => {
    const botId = await botInChat(emu);
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.send',
      {
        botId,
        botToken: BOT_TOKEN,
        dialogId: 'chat1',
        fields: {
          message: 'Hello from bot!',
          keyboard: [{ TEXT: 'Open', LINK: 'https://example.com', BG_COLOR_TOKEN: 'primary' }],
        },
      },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ id: expect.any(Number), uuidMap: {} });
    expect(res.body.time).toEqual(expect.objectContaining({ start: expect.any(Number) }));
    const [message] = await history(1);
    expect(message).toEqual(
      expect.objectContaining({
        id: res.body.result.id,
        authorId: botId,
        text: 'Hello from bot!',
        source: 'bot',
        params: {
          KEYBOARD: {
            BOT_ID: botId,
            BUTTONS: [{ TEXT: 'Open', LINK: 'https://example.com', BG_COLOR_TOKEN: 'primary' }],
          },
        },
      }),
    );
  });

  it('seed 003 OAuth example', async () => {
    const botId = await botInChat(emu, { as: asUser(1) });
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.send',
      { botId, dialogId: 'chat1', fields: { message: 'Hello from bot!' } },
      asUser(1),
    );
    expect(res.body.result).toEqual({ id: expect.any(Number), uuidMap: {} });
  });

  it('attach, full form (object with COLOR_TOKEN and BLOCKS)', async () => {
    const botId = await botInChat(emu);
    const attach = {
      ID: 1,
      COLOR_TOKEN: 'primary',
      COLOR: '#29619b',
      BLOCKS: [{ MESSAGE: 'The API will be available in the update [B]im 24.0.0[/B]' }],
    };
    const id = await sendAsBot(emu, botId, { message: 'Attachment with primary color', attach });
    expect(emu.state.messages.get(id)?.params.ATTACH).toEqual([attach]);
  });

  it('attach, short form (array of blocks) becomes one attachment', async () => {
    const botId = await botInChat(emu);
    const blocks = [{ MESSAGE: 'The API will be available in the update [B]im 24.0.0[/B]' }];
    const id = await sendAsBot(emu, botId, { message: 'Text block', attach: blocks });
    expect(emu.state.messages.get(id)?.params.ATTACH).toEqual([{ BLOCKS: blocks }]);
  });

  it('ATTACH_ERROR for a malformed attachment, ATTACH_OVERSIZE past 60,000 serialized chars', async () => {
    const botId = await botInChat(emu);
    const send = (attach: unknown) =>
      callBot(emu, 'imbot.v2.Chat.Message.send', {
        botId,
        dialogId: 'chat1',
        fields: { message: 'x', attach },
      });
    for (const bad of ['not json', 42, [{ NOT_A_BLOCK: 'x' }], ['text'], { BLOCKS: 'x' }]) {
      expectBotError(await send(bad), 400, 'ATTACH_ERROR');
    }
    expectBotError(await send([{ MESSAGE: 'a'.repeat(60_001) }]), 400, 'ATTACH_OVERSIZE');
    const fits = await send([{ MESSAGE: 'a'.repeat(59_000) }]);
    expect(fits.status).toBe(200);
    // An attachment given as JSON text is read too.
    const asText = await send(JSON.stringify([{ MESSAGE: 'as text' }]));
    expect(emu.state.messages.get(asText.body.result.id)?.params.ATTACH).toEqual([
      { BLOCKS: [{ MESSAGE: 'as text' }] },
    ]);
  });

  it('keyboard, full form ({BOT_ID, BUTTONS}) and as a JSON string', async () => {
    const botId = await botInChat(emu);
    const keyboard = {
      BOT_ID: botId,
      BUTTONS: [
        { TEXT: 'Open website', LINK: 'https://www.example.com/' },
        { TYPE: 'NEWLINE' },
        { TEXT: 'Insert command', ACTION: 'PUT', ACTION_VALUE: '/help' },
      ],
    };
    const id = await sendAsBot(emu, botId, { message: 'Select action', keyboard });
    expect(emu.state.messages.get(id)?.params.KEYBOARD).toEqual(keyboard);
    const viaJson = await sendAsBot(emu, botId, {
      message: 'Select action',
      keyboard: JSON.stringify(keyboard),
    });
    expect(emu.state.messages.get(viaJson)?.params.KEYBOARD).toEqual(keyboard);
  });
});

describe('imbot.v2.Chat.Message.send: behaviour', () => {
  it('text over 20,000 chars is cut and " (...)" appended, not refused', async () => {
    const botId = await botInChat(emu);
    const id = await sendAsBot(emu, botId, { message: 'a'.repeat(20_005) });
    const text = emu.state.messages.get(id)?.text ?? '';
    expect(text).toBe(`${'a'.repeat(20_000)} (...)`);
    const exact = await sendAsBot(emu, botId, { message: 'b'.repeat(20_000) });
    expect(emu.state.messages.get(exact)?.text).toHaveLength(20_000);
  });

  it('system: true or "Y" gives authorId 0', async () => {
    const botId = await botInChat(emu);
    const id = await sendAsBot(emu, botId, { message: 'System note', system: 'Y' });
    expect(emu.state.messages.get(id)).toEqual(expect.objectContaining({ authorId: 0, isSystem: true }));
  });

  it('urlPreview false is stored; replyId must be a message of the same chat', async () => {
    const botId = await botInChat(emu);
    const first = await sendAsBot(emu, botId, { message: 'first', urlPreview: false });
    expect(emu.state.messages.get(first)?.params.URL_PREVIEW).toBe('N');
    const reply = await sendAsBot(emu, botId, { message: 'reply', replyId: first });
    expect(emu.state.messages.get(reply)?.replyId).toBe(first);
    const foreign = await sendAsBot(emu, botId, { message: 'in a dm' }, '2');
    const bad = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat1',
      fields: { message: 'x', replyId: foreign },
    });
    expectBotError(bad, 400, 'SENDING_FAILED');
  });

  it('a one-to-one dialog "<userId>" is created on first use', async () => {
    const botId = await registerBot(emu);
    const id = await sendAsBot(emu, botId, { message: 'Hi Boris' }, '2');
    const chatId = emu.state.messages.get(id)?.chatId ?? -1;
    expect(emu.state.chats.get(chatId)).toEqual(
      expect.objectContaining({ kind: 'private', memberIds: [botId, 2] }),
    );
    const again = await sendAsBot(emu, botId, { message: 'Again' }, '2');
    expect(emu.state.messages.get(again)?.chatId).toBe(chatId);
  });

  it('forwardIds: copies with forward info, uuidMap uuid -> new id', async () => {
    const botId = await botInChat(emu);
    const original = await sendAsBot(emu, botId, { message: 'original' });
    const uuid = '6f1c3a2e-0000-4000-8000-000000000001';
    const res = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: '2',
      fields: { message: 'Look at this', forwardIds: { [uuid]: original } },
    });
    expect(res.status).toBe(200);
    const copyId = res.body.result.uuidMap[uuid];
    expect(copyId).toEqual(expect.any(Number));
    expect(copyId).not.toBe(res.body.result.id);
    expect(emu.state.messages.get(copyId)).toEqual(
      expect.objectContaining({
        text: 'original',
        forward: expect.objectContaining({ id: original, userId: botId, chatId: 1 }),
      }),
    );
  });

  it('forwardIds: only from chats the bot is in (ACCESS_DENIED); more than 100 is refused', async () => {
    const botId = await botInChat(emu);
    const other = await registerBot(emu, { code: 'other', botToken: 'other_token' });
    await addBotToChat(emu, other, 2);
    const secret = await callBot(
      emu,
      'imbot.v2.Chat.Message.send',
      { botId: other, dialogId: 'chat2', fields: { message: 'secret' } },
      'other_token',
    );
    const inChat2 = secret.body.result.id as number;
    const denied = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat1',
      fields: { forwardIds: { a: inChat2 } },
    });
    expectBotError(denied, 403, 'ACCESS_DENIED');
    const own = await sendAsBot(emu, botId, { message: 'mine' });
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`uuid-${i}`, own]));
    const tooMany = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat1',
      fields: { forwardIds: many },
    });
    expectBotError(tooMany, 400, 'SENDING_FAILED');
  });

  it('templateId: a repeat from the same bot in the same dialog returns the first id and creates nothing', async () => {
    const botId = await botInChat(emu);
    const fields = { message: 'Once', templateId: '0b8f6c1e-1111-4222-8333-944445555666' };
    const first = await sendAsBot(emu, botId, fields);
    const second = await sendAsBot(emu, botId, fields);
    expect(second).toBe(first);
    expect(await history(1)).toHaveLength(1);
    const elsewhere = await sendAsBot(emu, botId, fields, '2');
    expect(elsewhere).not.toBe(first);
  });

  it('supervisor bots hear every message; plain bots only mentions', async () => {
    const sender = await botInChat(emu);
    const supervisor = await botInChat(emu, { code: 'sup', type: 'supervisor', botToken: 'sup_token' });
    const plain = await botInChat(emu, { code: 'plain', botToken: 'plain_token' });
    const events = async (botId: number, token: string) =>
      (await callBot(emu, 'imbot.v2.Event.get', { botId }, token)).body.result.events.filter(
        (e: { type: string }) => e.type === 'ONIMBOTV2MESSAGEADD',
      );
    await sendAsBot(emu, sender, { message: 'hello everyone' });
    await sendAsBot(emu, sender, { message: `[USER=${plain}]Plain[/USER], look` });
    expect(await events(supervisor, 'sup_token')).toHaveLength(2);
    const heard = await events(plain, 'plain_token');
    expect(heard).toHaveLength(1);
    expect(heard[0].data).toEqual(
      expect.objectContaining({
        message: expect.objectContaining({ authorId: sender }),
        chat: expect.objectContaining({ dialogId: 'chat1' }),
        bot: expect.objectContaining({ id: plain }),
      }),
    );
  });
});

describe('imbot.v2.Chat.Message.send: errors', () => {
  it('EMPTY_MESSAGE when there is no text and no attachment (documented example)', async () => {
    const botId = await botInChat(emu);
    const res = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat1',
      fields: { message: '' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'EMPTY_MESSAGE', error_description: 'Message is empty' });
  });

  it('ACCESS_DENIED: a bot outside the chat, and an unknown dialog', async () => {
    const botId = await registerBot(emu);
    const outside = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat1',
      fields: { message: 'hi' },
    });
    expectBotError(outside, 403, 'ACCESS_DENIED');
    const unknown = await callBot(emu, 'imbot.v2.Chat.Message.send', {
      botId,
      dialogId: 'chat404',
      fields: { message: 'hi' },
    });
    expectBotError(unknown, 403, 'ACCESS_DENIED');
    expect(await history(1)).toHaveLength(0);
  });

  it('shared errors: BOT_TOKEN_NOT_SPECIFIED, BOT_ID_REQUIRED, BOT_NOT_FOUND, BOT_OWNERSHIP_ERROR', async () => {
    const botId = await botInChat(emu);
    const params = { botId, dialogId: 'chat1', fields: { message: 'hi' } };
    expectBotError(
      await callRest(emu, 'imbot.v2.Chat.Message.send', params, WEBHOOK),
      400,
      'BOT_TOKEN_NOT_SPECIFIED',
    );
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.send', { ...params, botId: undefined }),
      400,
      'BOT_ID_REQUIRED',
    );
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.send', { ...params, botId: 4242 }),
      400,
      'BOT_NOT_FOUND',
    );
    const foreign = await callBot(emu, 'imbot.v2.Chat.Message.send', params, 'someone_elses_token');
    expect(foreign.status).toBe(403);
    expect(foreign.body).toEqual({
      error: 'BOT_OWNERSHIP_ERROR',
      error_description: 'Bot is registered by another application',
    });
    expectBotError(
      await callRest(emu, 'imbot.v2.Chat.Message.send', params, asUser(1)),
      403,
      'BOT_OWNERSHIP_ERROR',
    );
  });
});
