/**
 * Bots end to end over real HTTP: facade (emulator mode, user 1's dev token) → emulator. A new user
 * goes from nothing to a bot speaking in chat1 through GraphQL alone, then edits, reacts, deletes;
 * and every typed failure the portal can give comes back as its UserError type.
 */
import { callRest, devAccessToken, chatHistory } from '../../support/emulator.js';
import { postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
let h: Harness;

async function gql(query: string, variables?: Record<string, unknown>) {
  const reply = await postGraphQL(h.facade, query, AUTH, variables);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data as Record<string, any>;
}

const REGISTER = `mutation($input: RegisterBotInput!) { registerBot(input: $input) {
  __typename ... on RegisterBotSuccess { bot { id botId code type name } } ... on UserError { code message } } }`;
const ADD = `mutation($input: AddBotToChatInput!) { addBotToChat(input: $input) {
  __typename ... on AddBotToChatSuccess { dialogId } ... on UserError { message } } }`;
const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename
  ... on SendBotMessageSuccess { botMessage { messageId chatId dialogId text isSystem authorId keyboard attach } }
  ... on ValidationFailed { field constraint }
  ... on UserError { code message } } }`;
const UPDATE = `mutation($input: UpdateBotMessageInput!) { updateBotMessage(input: $input) {
  __typename ... on UpdateBotMessageSuccess { messageId } ... on UserError { code message } } }`;
const REACT = `mutation($input: BotReactionInput!) { addBotReaction(input: $input) {
  __typename ... on BotReactionSuccess { reaction } ... on UserError { code } } }`;
const UNREACT = `mutation($input: BotReactionInput!) { removeBotReaction(input: $input) {
  __typename ... on BotReactionSuccess { reaction } ... on UserError { code } } }`;
const DELETE = `mutation($input: DeleteBotMessageInput!) { deleteBotMessage(input: $input) {
  __typename ... on DeleteBotMessageSuccess { messageId } ... on UserError { code } } }`;
const READ = `query($messageId: Int!, $botId: Int) { botMessage(messageId: $messageId, botId: $botId) {
  __typename ... on BotMessage { messageId text isSystem } ... on UserError { code } } }`;
const CONTEXT = `query($messageId: Int!, $botId: Int) { botMessageContext(messageId: $messageId, botId: $botId, range: 5) {
  __typename ... on BotMessageContext { messages { messageId text author { id } } hasPrevPage } ... on UserError { code } } }`;

const chatMessages = (chatId: number) => chatHistory(h.emulator, chatId);

async function register(code: string, type = 'BOT'): Promise<number> {
  const data = await gql(REGISTER, { input: { code, name: `Bot ${code}`, type } });
  expect(data.registerBot.__typename).toBe('RegisterBotSuccess');
  return data.registerBot.bot.botId as number;
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

describe('a bot speaking in chat1, through GraphQL alone', () => {
  let botId: number;
  let messageId: number;

  it('registers a bot, and a repeat with the same code returns the same bot', async () => {
    const first = await gql(REGISTER, { input: { code: 'helper', name: 'Helper', type: 'BOT' } });
    expect(first.registerBot).toMatchObject({
      __typename: 'RegisterBotSuccess',
      bot: { code: 'helper', type: 'BOT', name: 'Helper' },
    });
    botId = first.registerBot.bot.botId;
    const again = await gql(REGISTER, { input: { code: 'helper', name: 'Other name' } });
    expect(again.registerBot.bot.botId).toBe(botId);
    expect(again.registerBot.bot.id).toBe(first.registerBot.bot.id);
  });

  it('a bot outside the chat gets BotNotInChat', async () => {
    const data = await gql(SEND, { input: { botId, dialogId: 'chat1', text: 'too early' } });
    expect(data.sendBotMessage.__typename).toBe('BotNotInChat');
    expect((await chatMessages(1)).some((m) => m.text === 'too early')).toBe(false);
  });

  it('adds the bot to chat1 as the calling user, then the bot sends with keyboard and attachment', async () => {
    const added = await gql(ADD, { input: { botId, chatId: 1 } });
    expect(added.addBotToChat).toEqual({ __typename: 'AddBotToChatSuccess', dialogId: 'chat1' });
    const data = await gql(SEND, {
      input: {
        botId,
        dialogId: 'chat1',
        text: 'Hello from the [b]bot[/b]',
        keyboard: [
          { buttons: [{ text: 'Open', link: 'https://example.com', bgColorToken: 'primary' }] },
          { buttons: [{ text: 'Help', command: { command: 'help', params: 'all' } }] },
        ],
        attach: {
          colorToken: 'secondary',
          blocks: [{ message: 'Block text' }, { delimiter: { size: 200 } }],
        },
      },
    });
    const sent = data.sendBotMessage;
    expect(sent.__typename).toBe('SendBotMessageSuccess');
    expect(sent.botMessage).toMatchObject({ chatId: 1, dialogId: 'chat1', authorId: botId, isSystem: false });
    expect(sent.botMessage.keyboard.BUTTONS).toEqual([
      { TEXT: 'Open', LINK: 'https://example.com', BG_COLOR_TOKEN: 'primary' },
      { TYPE: 'NEWLINE' },
      { TEXT: 'Help', COMMAND: 'help', COMMAND_PARAMS: 'all' },
    ]);
    messageId = sent.botMessage.messageId;
    const stored = (await chatMessages(1)).find((m) => m.id === messageId);
    expect(stored).toMatchObject({ text: 'Hello from the [b]bot[/b]', authorId: botId });
  });

  it('edits the message, reacts to it and deletes it', async () => {
    const edited = await gql(UPDATE, { input: { botId, messageId, text: 'Edited', removeKeyboard: true } });
    expect(edited.updateBotMessage).toEqual({ __typename: 'UpdateBotMessageSuccess', messageId });
    expect((await chatMessages(1)).find((m) => m.id === messageId)?.text).toBe('Edited');

    const input = { botId, messageId, reaction: 'like' };
    expect((await gql(REACT, { input })).addBotReaction.__typename).toBe('BotReactionSuccess');
    expect((await gql(REACT, { input })).addBotReaction.__typename).toBe('ReactionAlreadySet');
    expect((await gql(UNREACT, { input })).removeBotReaction.__typename).toBe('BotReactionSuccess');
    const unknown = await gql(REACT, { input: { ...input, reaction: 'notAReaction' } });
    expect(unknown.addBotReaction.__typename).toBe('ValidationFailed');

    const deleted = await gql(DELETE, { input: { botId, messageId, complete: true } });
    expect(deleted.deleteBotMessage).toEqual({ __typename: 'DeleteBotMessageSuccess', messageId });
    expect((await chatMessages(1)).some((m) => m.id === messageId)).toBe(false);
  });

  it('a plain bot reading a message gets BotTypeNotAllowed', async () => {
    const sent = await gql(SEND, { input: { botId, dialogId: 'chat1', text: 'read me' } });
    const id = sent.sendBotMessage.botMessage.messageId;
    expect((await gql(READ, { messageId: id, botId })).botMessage.__typename).toBe('BotTypeNotAllowed');
    expect((await gql(CONTEXT, { messageId: id, botId })).botMessageContext.__typename).toBe(
      'BotTypeNotAllowed',
    );
  });

  it('editing a system message gives SystemMessageNotEditable', async () => {
    const sent = await gql(SEND, { input: { botId, dialogId: 'chat1', text: 'System note', system: true } });
    expect(sent.sendBotMessage.botMessage).toMatchObject({ isSystem: true, authorId: 0 });
    const id = sent.sendBotMessage.botMessage.messageId;
    const edit = await gql(UPDATE, { input: { botId, messageId: id, text: 'changed' } });
    expect(edit.updateBotMessage.__typename).toBe('SystemMessageNotEditable');
  });

  it('a supervisor bot reads history, and tells a system message apart from one of its own', async () => {
    const supervisor = await register('watcher', 'SUPERVISOR');
    await gql(ADD, { input: { botId: supervisor, chatId: 1 } });
    const sent = await gql(SEND, {
      input: { botId: supervisor, dialogId: 'chat1', text: 'sys', system: true },
    });
    const id = sent.sendBotMessage.botMessage.messageId;
    const read = await gql(READ, { messageId: id, botId: supervisor });
    expect(read.botMessage).toEqual({ __typename: 'BotMessage', messageId: id, text: 'sys', isSystem: true });
    const context = await gql(CONTEXT, { messageId: id, botId: supervisor });
    expect(context.botMessageContext.__typename).toBe('BotMessageContext');
    expect(context.botMessageContext.messages.at(-1).messageId).toBe(id);
    const missing = await gql(UPDATE, { input: { botId: supervisor, messageId: 999_999, text: 'x' } });
    expect(missing.updateBotMessage.__typename).toBe('MessageNotFound');
  });

  it('a bot owned by another application gives PermissionDenied', async () => {
    const other = await callRest(
      h.emulator,
      'imbot.v2.Bot.register',
      { botToken: 'someone-elses-token', fields: { code: 'foreign', properties: { name: 'Foreign' } } },
      { webhook: true },
    );
    const foreignId = other.body.result.bot.id as number;
    const data = await gql(SEND, { input: { botId: foreignId, dialogId: 'chat1', text: 'hijack' } });
    expect(data.sendBotMessage.__typename).toBe('PermissionDenied');
  });

  it('an unknown bot gives BotNotFound', async () => {
    const data = await gql(SEND, { input: { botId: 987_654, dialogId: 'chat1', text: 'x' } });
    expect(data.sendBotMessage.__typename).toBe('BotNotFound');
  });

  it('lists the bots of this application', async () => {
    const data = await gql(`{ bots { botId code type } }`);
    expect(data.bots.map((b: { code: string }) => b.code)).toEqual(
      expect.arrayContaining(['helper', 'watcher']),
    );
    expect(data.bots.map((b: { code: string }) => b.code)).not.toContain('foreign');
  });
});
