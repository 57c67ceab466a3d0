/**
 * addBotToChat checks the bot exists (imbot.v2.Bot.get) before im.chat.user.add, which silently
 * skips unknown user ids and answers success: an id that is not a bot is BotNotFound, and the
 * chat's members are left as they were (read from the emulator's state).
 */
import { devAccessToken } from '../../support/emulator.js';
import { postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const ADD = `mutation($input: AddBotToChatInput!) { addBotToChat(input: $input) {
  __typename ... on AddBotToChatSuccess { botId chatId dialogId } ... on UserError { code message } } }`;
let h: Harness;

async function add(botId: number, chatId: number): Promise<Record<string, unknown>> {
  const reply = await postGraphQL(h.facade, ADD, AUTH, { input: { botId, chatId } });
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data?.addBotToChat as Record<string, unknown>;
}

const members = (chatId: number): number[] => [...(h.emulator.state.chats.get(chatId)?.memberIds ?? [])];

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('addBotToChat', () => {
  it('an unknown bot id is BotNotFound, and the chat is unchanged', async () => {
    const before = members(1);
    expect(await add(9999, 1)).toMatchObject({ __typename: 'BotNotFound', code: 'BOT_NOT_FOUND' });
    expect(members(1)).toEqual(before);
  });

  it('the id of a user who is not a bot is BotNotFound, and that user is not added', async () => {
    const before = members(2);
    expect(before).not.toContain(3);
    expect(await add(3, 2)).toMatchObject({ __typename: 'BotNotFound' });
    expect(members(2)).toEqual(before);
  });

  it('a registered bot is added', async () => {
    const reg = await postGraphQL(
      h.facade,
      `mutation { registerBot(input: {code: "joiner", name: "Joiner"}) { ... on RegisterBotSuccess { bot { botId } } } }`,
      AUTH,
    );
    const botId = reg.body.data?.registerBot.bot.botId as number;
    expect(await add(botId, 2)).toEqual({
      __typename: 'AddBotToChatSuccess',
      botId,
      chatId: 2,
      dialogId: 'chat2',
    });
    expect(members(2)).toContain(botId);
  });
});
