/**
 * imbot.v2.Chat.Message.update / delete / read over HTTP (docs/bitrix24-contract.md §7.7–docs/bitrix24-contract.md §7.9): documented examples
 * (message 789 → a real id, chat5 → chat1) and every documented error with its situation.
 */
import { callRest } from '../../support/emulator.js';
import {
  asUser,
  BOT_TOKEN,
  botInChat,
  callBot,
  expectBotError,
  postAsUser,
  sendAsBot,
  WEBHOOK,
  useBotEmulator,
} from './bot-helpers.js';

const emu = useBotEmulator();

/** A bot registered by user 1's application (OAuth) in chat 1, and a message it sent there over OAuth. */
async function oauthBotMessage(text: string): Promise<{ botId: number; messageId: number }> {
  const botId = await botInChat(emu, { as: asUser(1) });
  const sent = await callRest(
    emu,
    'imbot.v2.Chat.Message.send',
    { botId, dialogId: 'chat1', fields: { message: text } },
    asUser(1),
  );
  if (sent.status !== 200) throw new Error(`sending over OAuth failed: ${sent.text}`);
  return { botId, messageId: sent.body.result.id as number };
}

describe('imbot.v2.Chat.Message.update', () => {
  it('webhook example: {result:true} and the new text', async () => {
    const botId = await botInChat(emu);
    const messageId = await sendAsBot(emu, botId, { message: 'Old text' });
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.update',
      { botId, botToken: BOT_TOKEN, messageId, fields: { message: 'Updated text' } },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ result: true });
    expect(emu.state.messages.get(messageId)?.text).toBe('Updated text');
  });

  it('OAuth example', async () => {
    const { botId, messageId } = await oauthBotMessage('Old');
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.update',
      { botId, messageId, fields: { message: 'Updated text' } },
      asUser(1),
    );
    expect(res.body.result).toEqual({ result: true });
  });

  it('keyboard "N" removes the keyboard; urlPreview accepts "N" and booleans', async () => {
    const botId = await botInChat(emu);
    const messageId = await sendAsBot(emu, botId, {
      message: 'Pick',
      keyboard: [{ TEXT: 'A', COMMAND: 'a' }],
    });
    await callBot(emu, 'imbot.v2.Chat.Message.update', {
      botId,
      messageId,
      fields: { keyboard: 'N', urlPreview: 'N' },
    });
    expect(emu.state.messages.get(messageId)?.params).toEqual({ URL_PREVIEW: 'N' });
    await callBot(emu, 'imbot.v2.Chat.Message.update', { botId, messageId, fields: { urlPreview: true } });
    expect(emu.state.messages.get(messageId)?.params).toEqual({});
  });

  it('ACCESS_DENIED for a system message, another author, and an unknown message', async () => {
    const botId = await botInChat(emu);
    const system = await sendAsBot(emu, botId, { message: 'System', system: true });
    const usersMessage = postAsUser(emu, 1, 2, 'from Boris');
    for (const messageId of [system, usersMessage, 999_999]) {
      const res = await callBot(emu, 'imbot.v2.Chat.Message.update', {
        botId,
        messageId,
        fields: { message: 'x' },
      });
      expectBotError(res, 403, 'ACCESS_DENIED');
    }
    expect(emu.state.messages.get(system)?.text).toBe('System');
  });
});

describe('imbot.v2.Chat.Message.delete', () => {
  it('webhook example: soft delete keeps the row; complete removes it', async () => {
    const botId = await botInChat(emu);
    const soft = await sendAsBot(emu, botId, { message: 'soft' });
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.delete',
      { botId, botToken: BOT_TOKEN, messageId: soft },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ result: true });
    expect(emu.state.messages.get(soft)).toEqual(expect.objectContaining({ deleted: true, text: '' }));
    const hard = await sendAsBot(emu, botId, { message: 'hard' });
    await callBot(emu, 'imbot.v2.Chat.Message.delete', { botId, messageId: hard, complete: 'Y' });
    expect(emu.state.messages.has(hard)).toBe(false);
  });

  it('OAuth example', async () => {
    const { botId, messageId } = await oauthBotMessage('x');
    const res = await callRest(emu, 'imbot.v2.Chat.Message.delete', { botId, messageId }, asUser(1));
    expect(res.body.result).toEqual({ result: true });
  });

  it("ACCESS_DENIED for someone else's message unless the bot is a chat manager", async () => {
    const botId = await botInChat(emu);
    const usersMessage = postAsUser(emu, 1, 2, 'from Boris');
    const denied = await callBot(emu, 'imbot.v2.Chat.Message.delete', { botId, messageId: usersMessage });
    expectBotError(denied, 403, 'ACCESS_DENIED');
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.delete', { botId, messageId: 424242 }),
      403,
      'ACCESS_DENIED',
    );
    emu.state.chats.get(1)?.managerIds.push(botId);
    const allowed = await callBot(emu, 'imbot.v2.Chat.Message.delete', { botId, messageId: usersMessage });
    expect(allowed.body.result).toEqual({ result: true });
  });
});

describe('imbot.v2.Chat.Message.read', () => {
  it('webhook example with messageId: reads up to it, counter is what is left', async () => {
    const botId = await botInChat(emu);
    const m1 = postAsUser(emu, 1, 2, 'one');
    const m2 = postAsUser(emu, 1, 3, 'two');
    const m3 = postAsUser(emu, 1, 2, 'three');
    const res = await callRest(
      emu,
      'imbot.v2.Chat.Message.read',
      { botId, botToken: BOT_TOKEN, dialogId: 'chat1', messageId: m2 },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ chatId: 1, lastId: m2, counter: 1, viewedMessages: [m1, m2] });
    const rest = await callBot(emu, 'imbot.v2.Chat.Message.read', { botId, dialogId: 'chat1' });
    expect(rest.body.result).toEqual({ chatId: 1, lastId: m3, counter: 0, viewedMessages: [m3] });
  });

  it('OAuth example without messageId reads the whole chat', async () => {
    const botId = await botInChat(emu, { as: asUser(1) });
    const m1 = postAsUser(emu, 1, 2, 'one');
    const res = await callRest(emu, 'imbot.v2.Chat.Message.read', { botId, dialogId: 'chat1' }, asUser(1));
    expect(res.body.result).toEqual({ chatId: 1, lastId: m1, counter: 0, viewedMessages: [m1] });
  });

  it('MESSAGE_NOT_FOUND and ACCESS_DENIED', async () => {
    const botId = await botInChat(emu);
    const elsewhere = postAsUser(emu, 2, 2, 'in chat 2');
    const notFound = await callBot(emu, 'imbot.v2.Chat.Message.read', {
      botId,
      dialogId: 'chat1',
      messageId: elsewhere,
    });
    expect(notFound.status).toBe(400);
    expect(notFound.body).toEqual({ error: 'MESSAGE_NOT_FOUND', error_description: 'Message not found' });
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.Message.read', { botId, dialogId: 'chat2' }),
      403,
      'ACCESS_DENIED',
    );
  });
});
