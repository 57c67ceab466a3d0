/**
 * Bad bot-message input is refused with ValidationFailed naming the field, before any portal call
 * (asserted on the emulator's call log); and a send whose answer is lost is never duplicated.
 */
import { addFault, devAccessToken, chatHistory } from '../../support/emulator.js';
import { postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';
import { registerBotInChat } from './bot-setup.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename ... on SendBotMessageSuccess { botMessage { messageId } } ... on ValidationFailed { field constraint } } }`;
let h: Harness;
let botId: number;

beforeAll(async () => {
  h = await startHarness();
  botId = await registerBotInChat(h, AUTH, 'checker');
});
afterAll(async () => {
  await h.close();
});

const button = { text: 'Go', link: 'https://example.com' };
const cases: Array<[string, Record<string, unknown>, string, string]> = [
  [
    'an unknown colour token on a button',
    { text: 'x', keyboard: [{ buttons: [{ ...button, bgColorToken: 'pink' }] }] },
    'input.keyboard.0.buttons.0.bgColorToken',
    'enum',
  ],
  [
    'an unknown attachment colour token',
    { attach: { colorToken: 'neon', blocks: [{ message: 'm' }] } },
    'input.attach.colorToken',
    'enum',
  ],
  [
    'a button with two actions',
    { text: 'x', keyboard: [{ buttons: [{ ...button, command: { command: 'go' } }] }] },
    'input.keyboard.0.buttons.0',
    'oneOf',
  ],
  [
    'a button with no action',
    { text: 'x', keyboard: [{ buttons: [button, { text: 'Nothing' }] }] },
    'input.keyboard.0.buttons.1',
    'oneOf',
  ],
  [
    'a block with two kinds',
    { attach: { blocks: [{ message: 'a', delimiter: { size: 1 } }] } },
    'input.attach.blocks.0',
    'oneOf',
  ],
  ['a text over 20,000 characters', { text: 'a'.repeat(20_001) }, 'input.text', 'maxLength'],
  [
    'more than 100 forwards',
    { forwardMessageIds: Array.from({ length: 101 }, (_, i) => i + 1) },
    'input.forwardMessageIds',
    'maxItems',
  ],
  ['an empty message', { text: '   ' }, 'input.text', 'required'],
  ['a keyboard alone', { keyboard: [{ buttons: [button] }] }, 'input.text', 'required'],
  ['a malformed dialog id', { dialogId: 'chat-1', text: 'x' }, 'input.dialogId', 'pattern'],
  ['a zero forward id', { text: 'x', forwardMessageIds: [1, 0] }, 'input.forwardMessageIds.1', 'positive'],
  ['a negative reply id', { text: 'x', replyToMessageId: -3 }, 'input.replyToMessageId', 'positive'],
];

describe('bad bot-message input', () => {
  it.each(cases)('%s → ValidationFailed, no portal call', async (_name, fields, field, constraint) => {
    const before = h.emulator.calls().length;
    const reply = await postGraphQL(h.facade, SEND, AUTH, { input: { botId, dialogId: 'chat1', ...fields } });
    expect(reply.body.data?.sendBotMessage).toEqual({ __typename: 'ValidationFailed', field, constraint });
    expect(h.emulator.calls().length).toBe(before);
  });

  it('exactly 20,000 characters are accepted', async () => {
    const reply = await postGraphQL(h.facade, SEND, AUTH, {
      input: { botId, dialogId: 'chat1', text: 'b'.repeat(20_000) },
    });
    expect(reply.body.data?.sendBotMessage.__typename).toBe('SendBotMessageSuccess');
  });
});

// Every other bot operation that names a message: a non-positive id never reaches the portal.
const messageIdCases: Array<[string, string, Record<string, unknown>, string, string]> = [
  [
    'updateBotMessage',
    `mutation($v: UpdateBotMessageInput!) { r: updateBotMessage(input: $v) { __typename ... on ValidationFailed { field constraint } } }`,
    { input: { messageId: 0, text: 'x' } },
    'input.messageId',
    'UpdateBotMessageInput',
  ],
  [
    'deleteBotMessage',
    `mutation($v: DeleteBotMessageInput!) { r: deleteBotMessage(input: $v) { __typename ... on ValidationFailed { field constraint } } }`,
    { input: { messageId: -1 } },
    'input.messageId',
    'DeleteBotMessageInput',
  ],
  [
    'addBotReaction',
    `mutation($v: BotReactionInput!) { r: addBotReaction(input: $v) { __typename ... on ValidationFailed { field constraint } } }`,
    { input: { messageId: 0, reaction: 'like' } },
    'input.messageId',
    'BotReactionInput',
  ],
  [
    'markBotMessagesRead',
    `mutation($v: MarkBotMessagesReadInput!) { r: markBotMessagesRead(input: $v) { __typename ... on ValidationFailed { field constraint } } }`,
    { input: { dialogId: 'chat1', upToMessageId: 0 } },
    'input.upToMessageId',
    'MarkBotMessagesReadInput',
  ],
  [
    'botMessage',
    `query($m: Int!, $b: Int) { r: botMessage(messageId: $m, botId: $b) { __typename ... on ValidationFailed { field constraint } } }`,
    { m: 0 },
    'messageId',
    'arguments',
  ],
  [
    'botMessageContext',
    `query($m: Int!, $b: Int) { r: botMessageContext(messageId: $m, botId: $b) { __typename ... on ValidationFailed { field constraint } } }`,
    { m: -5 },
    'messageId',
    'arguments',
  ],
];

describe('a non-positive message id', () => {
  it.each(messageIdCases)('%s → ValidationFailed, no portal call', async (_name, doc, vars, field, kind) => {
    const variables =
      kind === 'arguments'
        ? { ...vars, b: botId }
        : { v: { botId, ...(vars.input as Record<string, unknown>) } };
    const before = h.emulator.calls().length;
    const reply = await postGraphQL(h.facade, doc, AUTH, variables);
    expect(reply.body.data?.r).toEqual({ __typename: 'ValidationFailed', field, constraint: 'positive' });
    expect(h.emulator.calls().length).toBe(before);
  });
});

describe('a send whose answer is lost', () => {
  it('leaves exactly one message when the client retries with the same idempotency key', async () => {
    await addFault(h.emulator, { kind: 'commitThenDrop', count: 1, methods: ['imbot.v2.Chat.Message.send'] });
    const input = { botId, dialogId: 'chat1', text: 'exactly once', idempotencyKey: 'order-42' };
    const first = await postGraphQL(h.facade, SEND, AUTH, { input });
    // The harness uses the plain client (no traffic-engine retry): the facade cannot know whether the
    // send happened, and says so; the client then retries with the same key.
    expect(first.body.errors?.[0]?.extensions?.code).toBe('OUTCOME_UNKNOWN');
    const retry = await postGraphQL(h.facade, SEND, AUTH, { input });
    expect(retry.body.data?.sendBotMessage.__typename).toBe('SendBotMessageSuccess');
    const messages = await chatHistory(h.emulator, 1);
    const copies = messages.filter((m) => m.text === 'exactly once');
    expect(copies).toHaveLength(1);
    expect(retry.body.data?.sendBotMessage.botMessage.messageId).toBe(copies[0]?.id);
  });
});
