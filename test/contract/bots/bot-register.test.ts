/**
 * imbot.v2.Bot.register / get / list / unregister over HTTP (docs/bitrix24-contract.md §7.1–docs/bitrix24-contract.md §7.4): the documented
 * examples in both auth forms, ownership by botToken or application, and every documented error.
 */
import { callRest, mintTestToken } from '../../support/emulator.js';
import {
  asUser,
  BOT_TOKEN,
  callBot,
  expectBotError,
  registerBot,
  WEBHOOK,
  useBotEmulator,
} from './bot-helpers.js';

const emu = useBotEmulator();

const EXAMPLE_FIELDS = {
  code: 'support_bot',
  properties: { name: 'Support Bot', workPosition: 'AI Assistant' },
  type: 'bot',
  eventMode: 'fetch',
};

const EXTENDED_BOT = {
  id: expect.any(Number),
  code: 'support_bot',
  type: 'bot',
  isHidden: false,
  isSupportOpenline: false,
  isReactionsEnabled: true,
  backgroundId: null,
  language: 'en',
  moduleId: 'rest',
  eventMode: 'fetch',
  countMessage: 0,
  countCommand: 0,
  countChat: 0,
  countUser: 0,
};

describe('imbot.v2.Bot.register', () => {
  it('webhook example (botToken in fields): extended bot and the full bot user', async () => {
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      { fields: { ...EXAMPLE_FIELDS, botToken: BOT_TOKEN } },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.bot).toEqual(EXTENDED_BOT);
    expect(res.body.result.users).toEqual([
      expect.objectContaining({
        id: res.body.result.bot.id,
        active: true,
        name: 'Support Bot',
        // As in the documented example: the name without a lastName is split at its first space.
        firstName: 'Support',
        lastName: 'Bot',
        workPosition: 'AI Assistant',
        gender: 'M',
        bot: true,
        type: 'bot',
        externalAuthId: 'bot',
        lastActivityDate: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/),
        phones: false,
        idle: false,
        website: '',
        email: '',
      }),
    ]);
    // Every field of the documented example's user, plus the entity's website/email.
    expect(Object.keys(res.body.result.users[0]).sort()).toEqual(
      [
        'id',
        'active',
        'name',
        'firstName',
        'lastName',
        'workPosition',
        'color',
        'avatar',
        'gender',
        'birthday',
        'extranet',
        'bot',
        'connector',
        'externalAuthId',
        'status',
        'idle',
        'lastActivityDate',
        'absent',
        'departments',
        'phones',
        'type',
        'website',
        'email',
      ].sort(),
    );
    expect(res.body.time).toEqual(expect.objectContaining({ start: expect.any(Number) }));
    expect(emu.state.users.get(res.body.result.bot.id)?.isBot).toBe(true);
  });

  it('quick-start example (botToken at the top level) is accepted too', async () => {
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      {
        botToken: 'my_secret_token_123',
        fields: {
          code: 'support_bot',
          properties: { name: 'Support Bot', workPosition: 'AI Assistant' },
          eventMode: 'fetch',
        },
      },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    const botId = res.body.result.bot.id;
    const get = await callBot(emu, 'imbot.v2.Bot.get', { botId }, 'my_secret_token_123');
    expect(get.body.result.bot.moduleId).toBe('rest');
  });

  it('OAuth example: no botToken needed; the bot belongs to the application', async () => {
    const res = await callRest(emu, 'imbot.v2.Bot.register', { fields: EXAMPLE_FIELDS }, asUser(1));
    expect(res.status).toBe(200);
    expect(res.body.result.bot).toEqual(EXTENDED_BOT);
    // Another user of the same application owns it as well.
    const list = await callRest(emu, 'imbot.v2.Bot.list', {}, asUser(2));
    expect(list.body.result.bots.map((b: { id: number }) => b.id)).toEqual([res.body.result.bot.id]);
  });

  it('is idempotent per (owner, code): the repeat returns the existing bot unchanged', async () => {
    const first = await registerBot(emu);
    const again = await callRest(
      emu,
      'imbot.v2.Bot.register',
      {
        fields: {
          ...EXAMPLE_FIELDS,
          botToken: BOT_TOKEN,
          type: 'supervisor',
          properties: { name: 'Renamed' },
        },
      },
      WEBHOOK,
    );
    expect(again.status).toBe(200);
    expect(again.body.result.bot).toEqual({ ...EXTENDED_BOT, id: first });
    expect(again.body.result.users[0].name).toBe('Support Bot');
    expect([...emu.state.bots.keys()]).toEqual([first]);
  });

  it("BOT_CODE_ALREADY_TAKEN for another owner's code", async () => {
    await registerBot(emu);
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      { fields: { ...EXAMPLE_FIELDS, botToken: 'other_token' } },
      WEBHOOK,
    );
    expectBotError(res, 400, 'BOT_CODE_ALREADY_TAKEN');
    const oauth = await callRest(emu, 'imbot.v2.Bot.register', { fields: EXAMPLE_FIELDS }, asUser(1));
    expectBotError(oauth, 400, 'BOT_CODE_ALREADY_TAKEN');
  });

  it.each([
    ['BOT_TOKEN_NOT_SPECIFIED', { fields: EXAMPLE_FIELDS }],
    ['BOT_TOKEN_INVALID_LENGTH', { fields: { ...EXAMPLE_FIELDS, botToken: 'x'.repeat(41) } }],
    ['BOT_CODE_REQUIRED', { fields: { ...EXAMPLE_FIELDS, code: '', botToken: BOT_TOKEN } }],
    ['BOT_PROPERTIES_REQUIRED', { fields: { ...EXAMPLE_FIELDS, properties: {}, botToken: BOT_TOKEN } }],
    ['BOT_INVALID_TYPE', { fields: { ...EXAMPLE_FIELDS, type: 'robot', botToken: BOT_TOKEN } }],
    ['BOT_INVALID_EVENT_MODE', { fields: { ...EXAMPLE_FIELDS, eventMode: 'push', botToken: BOT_TOKEN } }],
    [
      'BOT_WEBHOOK_URL_REQUIRED',
      { fields: { ...EXAMPLE_FIELDS, eventMode: 'webhook', botToken: BOT_TOKEN } },
    ],
    [
      'BOT_INVALID_CALLBACK',
      { fields: { ...EXAMPLE_FIELDS, eventMode: 'webhook', webhookUrl: 'not a url', botToken: BOT_TOKEN } },
    ],
    [
      'BOT_AVATAR_INCORRECT_TYPE',
      {
        fields: {
          ...EXAMPLE_FIELDS,
          botToken: BOT_TOKEN,
          properties: { name: 'Bot', avatar: Buffer.from('plain text').toString('base64') },
        },
      },
    ],
  ])('%s', async (code, params) => {
    const res = await callRest(emu, 'imbot.v2.Bot.register', params, WEBHOOK);
    expectBotError(res, 400, code);
    expect(emu.state.bots.size).toBe(0);
  });

  it('a 40-char botToken is still accepted', async () => {
    await expect(registerBot(emu, { botToken: 't'.repeat(40) })).resolves.toEqual(expect.any(Number));
  });

  it('BOT_AVATAR_INCORRECT_SIZE for a PNG wider than 5000 px', async () => {
    const png = Buffer.alloc(24);
    png.writeUInt32BE(0x89504e47, 0);
    png.writeUInt32BE(6000, 16);
    png.writeUInt32BE(10, 20);
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      {
        fields: {
          ...EXAMPLE_FIELDS,
          botToken: BOT_TOKEN,
          properties: { name: 'Bot', avatar: png.toString('base64') },
        },
      },
      WEBHOOK,
    );
    expectBotError(res, 400, 'BOT_AVATAR_INCORRECT_SIZE');
  });

  it('BOT_LIMIT_EXCEEDED after 100 bots of one owner', async () => {
    for (let i = 0; i < 100; i++) await registerBot(emu, { code: `bot_${i}` });
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      { fields: { ...EXAMPLE_FIELDS, code: 'bot_101', botToken: BOT_TOKEN } },
      WEBHOOK,
    );
    expectBotError(res, 400, 'BOT_LIMIT_EXCEEDED');
  });

  it('reads Y/N booleans and stores an unknown backgroundId as null', async () => {
    const res = await callRest(
      emu,
      'imbot.v2.Bot.register',
      {
        fields: {
          ...EXAMPLE_FIELDS,
          botToken: BOT_TOKEN,
          isHidden: 'Y',
          isReactionsEnabled: 'N',
          backgroundId: 'neon',
        },
      },
      WEBHOOK,
    );
    expect(res.body.result.bot).toEqual(
      expect.objectContaining({ isHidden: true, isReactionsEnabled: false, backgroundId: null }),
    );
  });
});

describe('imbot.v2.Bot.get', () => {
  it('webhook example by code: the owner gets the extended bot and brief users', async () => {
    const botId = await registerBot(emu);
    const res = await callRest(
      emu,
      'imbot.v2.Bot.get',
      { botToken: BOT_TOKEN, code: 'support_bot' },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.bot).toEqual({ ...EXTENDED_BOT, id: botId });
    expect(res.body.result.users).toEqual([
      { id: botId, active: true, name: 'Support Bot', bot: true, type: 'bot' },
    ]);
  });

  it('OAuth example by code; by botId too', async () => {
    const botId = await registerBot(emu, { as: asUser(1) });
    const byCode = await callRest(emu, 'imbot.v2.Bot.get', { code: 'support_bot' }, asUser(1));
    expect(byCode.body.result.bot.id).toBe(botId);
    const byId = await callRest(emu, 'imbot.v2.Bot.get', { botId: String(botId) }, asUser(1));
    expect(byId.body.result.bot.eventMode).toBe('fetch');
  });

  it('a non-owner gets the brief format (first 8 fields only)', async () => {
    const botId = await registerBot(emu);
    const res = await callRest(emu, 'imbot.v2.Bot.get', { botId }, asUser(2));
    expect(Object.keys(res.body.result.bot).sort()).toEqual(
      [
        'backgroundId',
        'code',
        'id',
        'isHidden',
        'isReactionsEnabled',
        'isSupportOpenline',
        'language',
        'type',
      ].sort(),
    );
  });

  it('PARAMS_REQUIRED, BOT_NOT_FOUND, BOT_TOKEN_NOT_SPECIFIED', async () => {
    expectBotError(await callRest(emu, 'imbot.v2.Bot.get', {}, asUser(1)), 400, 'PARAMS_REQUIRED');
    expectBotError(await callRest(emu, 'imbot.v2.Bot.get', { botId: 9999 }, asUser(1)), 400, 'BOT_NOT_FOUND');
    expectBotError(
      await callRest(emu, 'imbot.v2.Bot.get', { code: 'x' }, WEBHOOK),
      400,
      'BOT_TOKEN_NOT_SPECIFIED',
    );
  });
});

describe('imbot.v2.Bot.list', () => {
  it('webhook example: only the bots of that botToken, filter.type, limit, hasNextPage', async () => {
    const a = await registerBot(emu, { code: 'a' });
    const b = await registerBot(emu, { code: 'b', type: 'supervisor' });
    const c = await registerBot(emu, { code: 'c' });
    await registerBot(emu, { code: 'foreign', botToken: 'someone_else' });
    const res = await callRest(
      emu,
      'imbot.v2.Bot.list',
      { botToken: BOT_TOKEN, filter: { type: 'bot' }, limit: 10 },
      WEBHOOK,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.bots.map((x: { id: number }) => x.id)).toEqual([a, c]);
    expect(res.body.result.bots[0]).toEqual(expect.objectContaining({ moduleId: 'rest', countChat: 0 }));
    expect(res.body.result.users.map((u: { id: number }) => u.id)).toEqual([a, c]);
    expect(res.body.result.hasNextPage).toBe(false);

    const page = await callBot(emu, 'imbot.v2.Bot.list', { limit: 2, offset: 0 });
    expect(page.body.result.bots.map((x: { id: number }) => x.id)).toEqual([a, b]);
    expect(page.body.result.hasNextPage).toBe(true);
    const next = await callBot(emu, 'imbot.v2.Bot.list', { limit: 2, offset: 2 });
    expect(next.body.result.bots.map((x: { id: number }) => x.id)).toEqual([c]);
    expect(next.body.result.hasNextPage).toBe(false);
  });

  it('OAuth example; an unknown filter.type gives an empty list', async () => {
    await registerBot(emu, { as: asUser(1) });
    const res = await callRest(emu, 'imbot.v2.Bot.list', { filter: { type: 'bot' }, limit: 10 }, asUser(1));
    expect(res.body.result.bots).toHaveLength(1);
    const none = await callRest(emu, 'imbot.v2.Bot.list', { filter: { type: 'robot' } }, asUser(1));
    expect(none.body.result).toEqual({ bots: [], users: [], hasNextPage: false });
  });

  it('BOT_TOKEN_NOT_SPECIFIED for a webhook call without botToken', async () => {
    expectBotError(await callRest(emu, 'imbot.v2.Bot.list', {}, WEBHOOK), 400, 'BOT_TOKEN_NOT_SPECIFIED');
  });
});

describe('imbot.v2.Bot.unregister', () => {
  it('example: result true, bot user deactivated, later calls get BOT_NOT_FOUND', async () => {
    const botId = await registerBot(emu);
    const res = await callRest(emu, 'imbot.v2.Bot.unregister', { botId, botToken: BOT_TOKEN }, WEBHOOK);
    expect(res.status).toBe(200);
    expect(res.body.result).toEqual({ result: true });
    expect(emu.state.users.get(botId)?.active).toBe(false);
    expectBotError(await callBot(emu, 'imbot.v2.Bot.unregister', { botId }), 400, 'BOT_NOT_FOUND');
    expectBotError(
      await callBot(emu, 'imbot.v2.Chat.get', { botId, dialogId: 'chat1' }),
      400,
      'BOT_NOT_FOUND',
    );
  });

  it('OAuth example', async () => {
    const botId = await registerBot(emu, { as: asUser(1) });
    const res = await callRest(emu, 'imbot.v2.Bot.unregister', { botId }, asUser(1));
    expect(res.body.result).toEqual({ result: true });
  });

  it('shared errors: BOT_ID_REQUIRED, BOT_OWNERSHIP_ERROR (403), BOT_TOKEN_NOT_SPECIFIED', async () => {
    const botId = await registerBot(emu);
    expectBotError(await callBot(emu, 'imbot.v2.Bot.unregister', {}), 400, 'BOT_ID_REQUIRED');
    expectBotError(
      await callBot(emu, 'imbot.v2.Bot.unregister', { botId }, 'wrong'),
      403,
      'BOT_OWNERSHIP_ERROR',
    );
    expectBotError(
      await callRest(emu, 'imbot.v2.Bot.unregister', { botId }, asUser(1)),
      403,
      'BOT_OWNERSHIP_ERROR',
    );
    expectBotError(
      await callRest(emu, 'imbot.v2.Bot.unregister', { botId }, WEBHOOK),
      400,
      'BOT_TOKEN_NOT_SPECIFIED',
    );
    expect(emu.state.bots.has(botId)).toBe(true);
  });

  it('a token without the imbot scope is refused by the core', async () => {
    const { accessToken } = await mintTestToken(emu, { userId: 1, scopes: ['im'] });
    const res = await callRest(emu, 'imbot.v2.Bot.list', {}, { token: accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error).toBe('insufficient_scope');
  });
});
