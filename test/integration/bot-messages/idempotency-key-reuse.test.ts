/**
 * sendBotMessage's idempotencyKey, like Stripe's: the same key with the same content is a replay
 * (the first message, one message in the chat); the same key with other content is refused with
 * ValidationFailed before any portal call, instead of echoing content that was never sent.
 */
import { devAccessToken, chatHistory } from '../../support/emulator.js';
import { portalRequests, postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';
import { registerBotInChat } from './bot-setup.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const SEND = `mutation($input: SendBotMessageInput!) { sendBotMessage(input: $input) {
  __typename
  ... on SendBotMessageSuccess { botMessage { messageId text } }
  ... on ValidationFailed { field constraint } } }`;
let h: Harness;
let botId: number;

async function send(input: Record<string, unknown>): Promise<Record<string, any>> {
  const reply = await postGraphQL(h.facade, SEND, AUTH, { input: { botId, dialogId: 'chat1', ...input } });
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data?.sendBotMessage as Record<string, any>;
}

const chatTexts = () => chatHistory(h.emulator, 1);

beforeAll(async () => {
  h = await startHarness();
  botId = await registerBotInChat(h, AUTH, 'idem');
});
afterAll(async () => {
  await h.close();
});

describe('sendBotMessage with a reused idempotencyKey', () => {
  it('the same key with the same content answers the first message, and the chat holds it once', async () => {
    const first = await send({ text: 'ONE', idempotencyKey: 'idem-x' });
    expect(first.__typename).toBe('SendBotMessageSuccess');
    const again = await send({ text: 'ONE', idempotencyKey: 'idem-x' });
    expect(again).toEqual(first);
    expect((await chatTexts()).filter((m) => m.text === 'ONE')).toEqual([
      expect.objectContaining({ id: first.botMessage.messageId }),
    ]);
  });

  it('the same key with different content is ValidationFailed, with no portal call', async () => {
    const before = await portalRequests(h.emulator);
    const reused = await send({ text: 'TWO', idempotencyKey: 'idem-x' });
    expect(reused).toEqual({
      __typename: 'ValidationFailed',
      field: 'input.idempotencyKey',
      constraint: 'reusedWithDifferentContent',
    });
    expect(await portalRequests(h.emulator)).toBe(before);
    expect((await chatTexts()).some((m) => m.text === 'TWO')).toBe(false);
  });

  it('other content under a new key, or the same key in another dialog, is sent', async () => {
    expect((await send({ text: 'TWO', idempotencyKey: 'idem-y' })).botMessage.text).toBe('TWO');
    const reply = await postGraphQL(h.facade, SEND, AUTH, {
      input: { botId, dialogId: '1', text: 'THREE', idempotencyKey: 'idem-x' },
    });
    expect(reply.body.data?.sendBotMessage.__typename).toBe('SendBotMessageSuccess');
  });

  it('a key whose send the portal refused (nothing sent) is free for other content', async () => {
    const outsider = await postGraphQL(
      h.facade,
      `mutation { registerBot(input: {code: "outsider", name: "Outsider"}) { ... on RegisterBotSuccess { bot { botId } } } }`,
      AUTH,
    );
    const otherBot = outsider.body.data?.registerBot.bot.botId as number;
    const input = { botId: otherBot, dialogId: 'chat2', idempotencyKey: 'idem-z' };
    const refused = await postGraphQL(h.facade, SEND, AUTH, { input: { ...input, text: 'first try' } });
    expect(refused.body.data?.sendBotMessage.__typename).toBe('BotNotInChat');
    // Not ValidationFailed: the refused first use did not claim the key.
    const retried = await postGraphQL(h.facade, SEND, AUTH, { input: { ...input, text: 'second try' } });
    expect(retried.body.data?.sendBotMessage.__typename).toBe('BotNotInChat');
  });
});
