/**
 * The server-held application token in emulator (OAuth) mode, end to end over real HTTP: connector
 * calls and bot calls go with the app's token whoever the caller is; concurrent requests share one
 * refresh at the token endpoint, at first use and again after the token expires; a lost
 * `send.messages` answer is retried with the idempotency key and delivers once; an anonymous
 * request never reaches the portal or the token endpoint.
 */
import { addFault, devAccessToken, chatHistory } from '../../support/emulator.js';
import { postGraphQL } from '../server/facade-harness.js';
import {
  expireTokensIssuedSince,
  issuedTokens,
  startAppHarness,
  type AppHarness,
} from './app-token-harness.js';

const N = 10;
/** The app token was minted for user 1; callers below are user 2. */
const APP_USER = 1;
const CALLER = { authorization: `Bearer ${devAccessToken(2)}` };
const SVG = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
const STATUS = `query($c: String!) { connectorStatus(connector: $c, line: 1) { configured active } }`;
const SETUP = `mutation($reg: RegisterConnectorInput!, $act: ActivateConnectorInput!, $data: SetConnectorDataInput!) {
  registerConnector(input: $reg) { __typename }
  activateConnector(input: $act) { __typename }
  setConnectorData(input: $data) { __typename } }`;
const SEND = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename
  ... on SendConnectorMessagesSuccess { deliveredCount failedCount results {
    __typename ... on ConnectorMessageDelivered { externalMessageId chatId } } }
  ... on UserError { code } } }`;

const message = (id: string, text = `text of ${id}`) => ({
  externalMessageId: id,
  user: { id: 'ext-user-1', name: 'Anna' },
  chat: { id: 'channel-1' },
  text,
});

let h: AppHarness;
/** Access tokens before the facade's first refresh. */
let atStart: Set<string>;
beforeAll(async () => {
  h = await startAppHarness();
  atStart = issuedTokens(h.emulator);
});
afterAll(async () => {
  await h.close();
});

const connectorCalls = (method: string) => h.emulator.calls().filter((c) => c.method === method);

describe('connector operations with the application token', () => {
  it(`${N} concurrent first uses → exactly one refresh at the token endpoint, all succeed`, async () => {
    const before = issuedTokens(h.emulator);
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) => postGraphQL(h.facade, STATUS, CALLER, { c: `probe_${i}` })),
    );
    for (const reply of replies) {
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data?.connectorStatus).toEqual({ configured: false, active: false });
    }
    expect(issuedTokens(h.emulator).size - before.size).toBe(1);
    // They ran as the app token's user, not as the caller (user 2).
    const ran = connectorCalls('imconnector.status');
    expect(ran).toHaveLength(N);
    expect(ran.every((c) => c.credential === 'oauth' && c.userId === APP_USER)).toBe(true);
  });

  it('sets up a connector with the app token', async () => {
    const reply = await postGraphQL(h.facade, SETUP, CALLER, {
      reg: { id: 'app_shop', name: 'Shop', iconSvg: SVG, placementHandler: 'https://example.com/s' },
      act: { connector: 'app_shop', line: 1, active: true },
      data: { connector: 'app_shop', line: 1, channelId: 'channel-1', name: 'Shop' },
    });
    expect(reply.body.errors).toBeUndefined();
    expect(Object.values(reply.body.data ?? {})).toEqual(
      Array(3).fill({ __typename: 'ConnectorSetupSuccess' }),
    );
    const status = await postGraphQL(h.facade, STATUS, CALLER, { c: 'app_shop' });
    expect(status.body.data?.connectorStatus).toEqual({ configured: true, active: true });
  });

  it(`after the token expires, ${N} concurrent sends → exactly one more refresh, all delivered`, async () => {
    const before = issuedTokens(h.emulator);
    // The token the first refresh issued (the app's current one) expires now.
    expect(expireTokensIssuedSince(h.emulator, atStart)).toBe(1);
    const expiredBefore = h.emulator.calls().filter((c) => c.errorCode === 'expired_token').length;
    const replies = await Promise.all(
      Array.from({ length: N }, (_, i) =>
        postGraphQL(h.facade, SEND, CALLER, {
          input: { connector: 'app_shop', line: 1, messages: [message(`expiry-${i}`)] },
        }),
      ),
    );
    for (const reply of replies) {
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data?.sendConnectorMessages).toMatchObject({ deliveredCount: 1, failedCount: 0 });
    }
    expect(issuedTokens(h.emulator).size - before.size).toBe(1);
    // The portal really refused the old token first: the refresh was caused by expired_token.
    const expiredAfter = h.emulator.calls().filter((c) => c.errorCode === 'expired_token').length;
    expect(expiredAfter).toBeGreaterThan(expiredBefore);
  });

  it('a lost send.messages answer is retried with the idempotency key: one message, and success', async () => {
    await addFault(h.emulator, { kind: 'commitThenDrop', count: 1, methods: ['imconnector.send.messages'] });
    const sendsBefore = connectorCalls('imconnector.send.messages').length;
    const text = 'delivered exactly once';
    const reply = await postGraphQL(h.facade, SEND, CALLER, {
      input: { connector: 'app_shop', line: 1, messages: [message('lost-answer', text)] },
    });
    expect(reply.body.errors).toBeUndefined();
    const result = reply.body.data?.sendConnectorMessages;
    expect(result).toMatchObject({ deliveredCount: 1, failedCount: 0 });
    // The engine sent it twice (the first answer was dropped after the write)...
    expect(connectorCalls('imconnector.send.messages').length - sendsBefore).toBe(2);
    // ...and the Open Channel chat holds it once.
    const chatId = result.results[0].chatId as number;
    const messages = await chatHistory(h.emulator, chatId);
    expect(messages.filter((m) => m.text === text)).toHaveLength(1);
  });

  it('an anonymous request is refused before the portal and before any refresh', async () => {
    const requests = h.emulator.httpRequests();
    const tokens = issuedTokens(h.emulator).size;
    const reply = await postGraphQL(h.facade, STATUS, {}, { c: 'app_shop' });
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(h.emulator.httpRequests()).toBe(requests);
    expect(issuedTokens(h.emulator).size).toBe(tokens);
  });
});

describe('OAuth-mode bots with the application token', () => {
  it('registers and lists the bot through the app token, whoever the caller is', async () => {
    const REGISTER = `mutation($input: RegisterBotInput!) { registerBot(input: $input) {
      __typename ... on RegisterBotSuccess { bot { id code } } } }`;
    const reply = await postGraphQL(h.facade, REGISTER, CALLER, {
      input: { code: 'app_token_bot', name: 'App bot' },
    });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.registerBot).toMatchObject({
      __typename: 'RegisterBotSuccess',
      bot: { code: 'app_token_bot' },
    });
    const registered = h.emulator.calls().filter((c) => c.method === 'imbot.v2.Bot.register');
    expect(registered.at(-1)).toMatchObject({ credential: 'oauth', userId: APP_USER });
    // Another user sees the same app-owned bot, because the call goes with the app's token.
    const other = await postGraphQL(h.facade, '{ bots { code } }', {
      authorization: `Bearer ${devAccessToken(3)}`,
    });
    expect(other.body.errors).toBeUndefined();
    expect(other.body.data?.bots).toEqual(expect.arrayContaining([{ code: 'app_token_bot' }]));
    const listed = h.emulator.calls().filter((c) => c.method === 'imbot.v2.Bot.list');
    expect(listed.at(-1)).toMatchObject({ credential: 'oauth', userId: APP_USER });
  });
});
