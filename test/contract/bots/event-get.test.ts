/** imbot.v2.Event.get over HTTP (docs/bitrix24-contract.md §7.14): the queue cursor, limits, ownership and scopes. */
import { callRest, mintTestToken } from '../../support/emulator.js';
import {
  addBotToChat,
  asUser,
  BOT_TOKEN,
  botInChat,
  callBot,
  expectBotError,
  postAsUser,
  registerBot,
  WEBHOOK,
  useBotEmulator,
} from './bot-helpers.js';

const emu = useBotEmulator();

/** A bot in chat 1 with one JOINCHAT event and `count` message events (one-to-one, so a plain bot hears them). */
async function botWithEvents(count: number): Promise<number> {
  const botId = await botInChat(emu);
  const dm = await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: '2' });
  for (let i = 0; i < count; i++) postAsUser(emu, dm.body.result.chat.id, 2, `hello ${i}`);
  return botId;
}

describe('imbot.v2.Event.get', () => {
  it('quick-start example: events with ids, types, dates and data; nextOffset; hasMore', async () => {
    const botId = await botWithEvents(2);
    const res = await callRest(emu, 'imbot.v2.Event.get', { botId, botToken: BOT_TOKEN, limit: 50 }, WEBHOOK);
    expect(res.status).toBe(200);
    const { events, nextOffset, hasMore } = res.body.result;
    expect(events.map((e: { type: string }) => e.type)).toEqual([
      'ONIMBOTV2JOINCHAT',
      'ONIMBOTV2MESSAGEADD',
      'ONIMBOTV2MESSAGEADD',
    ]);
    expect(events[1]).toEqual({
      eventId: expect.any(Number),
      type: 'ONIMBOTV2MESSAGEADD',
      date: expect.any(String),
      data: expect.objectContaining({
        message: expect.objectContaining({ text: 'hello 0', authorId: 2 }),
        chat: expect.objectContaining({ dialogId: '2' }),
        user: expect.objectContaining({ id: 2 }),
      }),
    });
    expect(nextOffset).toBe(events[2].eventId + 1);
    expect(hasMore).toBe(false);
  });

  it('offset acknowledges earlier events; limit pages with hasMore (documented offset/limit example)', async () => {
    const botId = await botWithEvents(3);
    const first = await callRest(
      emu,
      'imbot.v2.Event.get',
      { botId, botToken: BOT_TOKEN, offset: 1000, limit: 2 },
      WEBHOOK,
    );
    expect(first.body.result.events).toHaveLength(2);
    expect(first.body.result.hasMore).toBe(true);
    const second = await callBot(emu, 'imbot.v2.Event.get', {
      botId,
      offset: first.body.result.nextOffset,
      limit: 50,
    });
    expect(second.body.result.events).toHaveLength(2);
    expect(second.body.result.events[0].eventId).toBe(first.body.result.nextOffset);
    expect(second.body.result.hasMore).toBe(false);
    const empty = await callBot(emu, 'imbot.v2.Event.get', { botId, offset: second.body.result.nextOffset });
    expect(empty.body.result).toEqual({
      events: [],
      nextOffset: second.body.result.nextOffset,
      hasMore: false,
    });
    // Acknowledged events are gone: starting over without offset finds nothing.
    const restart = await callBot(emu, 'imbot.v2.Event.get', { botId });
    expect(restart.body.result.events).toEqual([]);
  });

  it('event data carries the Chat without its response-only fields and muteList (entities.md)', async () => {
    const botId = await botWithEvents(1);
    const res = await callBot(emu, 'imbot.v2.Event.get', { botId, limit: 50 });
    const [join, add] = res.body.result.events;
    for (const event of [join, add]) {
      const chat = event.data.chat;
      expect(chat).toEqual(expect.objectContaining({ id: expect.any(Number), textFieldEnabled: 'Y' }));
      for (const field of ['dateCreate', 'lastMessageId', 'lastId', 'managerList', 'messageCount']) {
        expect(chat).not.toHaveProperty(field);
      }
      for (const field of ['userCounter', 'unreadId', 'lastMessageViews', 'markedId', 'public', 'muteList']) {
        expect(chat).not.toHaveProperty(field);
      }
    }
    // The method response keeps them.
    const chatGet = await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: 'chat1' });
    expect(chatGet.body.result.chat).toEqual(
      expect.objectContaining({ muteList: [], lastMessageViews: '{}', messageCount: expect.any(Number) }),
    );
  });

  it('an empty queue gives the cursor of the next event, which then arrives past it', async () => {
    const botId = await registerBot(emu);
    const empty = await callBot(emu, 'imbot.v2.Event.get', { botId });
    expect(empty.body.result).toEqual({ events: [], nextOffset: 1001, hasMore: false });
    await addBotToChat(emu, botId);
    const next = await callBot(emu, 'imbot.v2.Event.get', { botId, offset: empty.body.result.nextOffset });
    expect(next.body.result.events.map((e: { eventId: number }) => e.eventId)).toEqual([1001]);
  });

  it('OAuth example', async () => {
    const botId = await botInChat(emu, { as: asUser(1) });
    const res = await callRest(emu, 'imbot.v2.Event.get', { botId, offset: 1000, limit: 50 }, asUser(1));
    expect(res.body.result.events.map((e: { type: string }) => e.type)).toEqual(['ONIMBOTV2JOINCHAT']);
  });

  it('limit is kept within 1..1000', async () => {
    const botId = await botWithEvents(2);
    const res = await callBot(emu, 'imbot.v2.Event.get', { botId, limit: 0 });
    expect(res.body.result.events).toHaveLength(1);
    expect(res.body.result.hasMore).toBe(true);
  });

  it('only the owner reads the queue: BOT_OWNERSHIP_ERROR for another token or the application', async () => {
    const botId = await botWithEvents(1);
    expectBotError(
      await callBot(emu, 'imbot.v2.Event.get', { botId }, 'not_mine'),
      403,
      'BOT_OWNERSHIP_ERROR',
    );
    expectBotError(
      await callRest(emu, 'imbot.v2.Event.get', { botId }, asUser(1)),
      403,
      'BOT_OWNERSHIP_ERROR',
    );
  });

  it('withUserEvents: SCOPE_ERROR without the im scope; USER_NOT_SUBSCRIBED with it (no im.v2.Event.subscribe)', async () => {
    const { accessToken } = await mintTestToken(emu, { userId: 1, scopes: ['imbot'] });
    const botId = await registerBot(emu, { as: { token: accessToken } });
    const scoped = await callRest(
      emu,
      'imbot.v2.Event.get',
      { botId, withUserEvents: true },
      { token: accessToken },
    );
    expect(scoped.status).toBe(403);
    expect(scoped.body).toEqual({ error: 'SCOPE_ERROR', error_description: 'Scope error' });
    const hookBot = await registerBot(emu, { code: 'hook_bot' });
    const res = await callRest(
      emu,
      'imbot.v2.Event.get',
      { botId: hookBot, botToken: BOT_TOKEN, offset: 1000, limit: 50, withUserEvents: true },
      WEBHOOK,
    );
    expectBotError(res, 400, 'USER_NOT_SUBSCRIBED');
  });

  it('BOT-BC-0325-1 expired 2026-09-25: a legacy lastEventId acknowledges nothing, the answer has no lastEventId', async () => {
    const botId = await botWithEvents(2);
    const all = await callBot(emu, 'imbot.v2.Event.get', { botId });
    const ids = all.body.result.events.map((e: { eventId: number }) => e.eventId);
    expect(ids).toHaveLength(3);
    const legacy = await callBot(emu, 'imbot.v2.Event.get', { botId, lastEventId: ids[2] });
    expect(legacy.status).toBe(200);
    expect(legacy.body.result.events.map((e: { eventId: number }) => e.eventId)).toEqual(ids);
    expect(legacy.body.result).not.toHaveProperty('lastEventId');
    expect(legacy.body.result.nextOffset).toBe(ids[2] + 1);
  });
});
