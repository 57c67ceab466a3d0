/**
 * Bots in webhook mode (docs/bitrix24-contract.md §1.4): every imbot.v2 call carries the bot's token, which comes
 * from the request's X-Bot-Token header or the configuration, never from a GraphQL argument.
 */
import { callRest } from '../../support/emulator.js';
import { portalRequests, postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';

const API_KEY = 'webhook-mode-test-key-0123456789';
const KEY = { 'x-api-key': API_KEY };
let h: Harness;

const REGISTER = `mutation($input: RegisterBotInput!) { registerBot(input: $input) {
  __typename ... on RegisterBotSuccess { bot { botId code } } ... on UserError { code message } } }`;
const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename ... on SendBotMessageSuccess { botMessage { messageId text } } ... on UserError { code } } }`;

beforeAll(async () => {
  h = await startHarness({ FACADE_API_KEYS: API_KEY, BITRIX24_BOT_TOKEN: 'configured-token' }, 'webhook');
});
afterAll(async () => {
  await h.close();
});

describe('bot identity in webhook mode', () => {
  let botId: number;

  it('registers a bot owned by the X-Bot-Token of the request', async () => {
    const reply = await postGraphQL(
      h.facade,
      REGISTER,
      { ...KEY, 'x-bot-token': 'header-token' },
      {
        input: { code: 'hooked', name: 'Hooked' },
      },
    );
    expect(reply.body.data?.registerBot.__typename).toBe('RegisterBotSuccess');
    botId = reply.body.data?.registerBot.bot.botId;
    // The portal records the owner: the same token reads it as owner (extended format has eventMode).
    const got = await callRest(
      h.emulator,
      'imbot.v2.Bot.get',
      { botId, botToken: 'header-token' },
      { webhook: true },
    );
    expect(got.body.result.bot.eventMode).toBeDefined();
  });

  it('sends with the header token once the bot is in chat1', async () => {
    await callRest(h.emulator, 'im.chat.user.add', { CHAT_ID: 1, USERS: [botId] }, { webhook: true });
    const reply = await postGraphQL(
      h.facade,
      SEND,
      { ...KEY, 'x-bot-token': 'header-token' },
      {
        input: { botId, dialogId: 'chat1', text: 'hello from a webhook bot' },
      },
    );
    expect(reply.body.data?.sendBotMessage).toMatchObject({
      __typename: 'SendBotMessageSuccess',
      botMessage: { text: 'hello from a webhook bot' },
    });
  });

  it('without the header the configured token is used: another owner, so PermissionDenied', async () => {
    const reply = await postGraphQL(h.facade, SEND, KEY, {
      input: { botId, dialogId: 'chat1', text: 'wrong owner' },
    });
    expect(reply.body.data?.sendBotMessage.__typename).toBe('PermissionDenied');
  });

  it('refuses an over-long header token before any portal call', async () => {
    const before = await portalRequests(h.emulator);
    const reply = await postGraphQL(
      h.facade,
      SEND,
      { ...KEY, 'x-bot-token': 'x'.repeat(41) },
      {
        input: { botId, dialogId: 'chat1', text: 'never sent' },
      },
    );
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(reply.body.errors?.[0]?.extensions?.reason).toBe('BOT_TOKEN_INVALID_LENGTH');
    expect(await portalRequests(h.emulator)).toBe(before);
  });

  it('addBotToChat looks the bot up with a configured token: an unknown bot is BotNotFound', async () => {
    const before = [...(h.emulator.state.chats.get(2)?.memberIds ?? [])];
    const add = (id: number) =>
      postGraphQL(
        h.facade,
        `mutation { addBotToChat(input: {botId: ${id}, chatId: 2}) { __typename } }`,
        KEY,
      );
    expect((await add(9999)).body.data?.addBotToChat.__typename).toBe('BotNotFound');
    expect(h.emulator.state.chats.get(2)?.memberIds).toEqual(before);
    // Bot.get answers non-owners too: the configured token finds the header token's bot.
    expect((await add(botId)).body.data?.addBotToChat.__typename).toBe('AddBotToChatSuccess');
    expect(h.emulator.state.chats.get(2)?.memberIds).toContain(botId);
  });

  it('never echoes a bot token in an error', async () => {
    const reply = await postGraphQL(
      h.facade,
      SEND,
      { ...KEY, 'x-bot-token': 'x'.repeat(41) },
      {
        input: { botId, dialogId: 'chat1', text: 'never sent' },
      },
    );
    expect(JSON.stringify(reply.body)).not.toContain('x'.repeat(41));
    expect(JSON.stringify(reply.body)).not.toContain('configured-token');
  });
});
