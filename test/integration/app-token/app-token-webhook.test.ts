/**
 * Webhook mode: a webhook cannot call imconnector.* (WRONG_AUTH_TYPE), so connector operations
 * work only when the server also holds the application's token (BITRIX24_APP_*), and are refused
 * with FORBIDDEN, before any portal call, when it does not.
 */
import { postGraphQL } from '../server/facade-harness.js';
import { API_KEY, startAppHarness, type AppHarness } from './app-token-harness.js';

const CALLER = { 'x-api-key': API_KEY };
const SVG = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
const SETUP = `mutation($reg: RegisterConnectorInput!, $act: ActivateConnectorInput!, $data: SetConnectorDataInput!) {
  registerConnector(input: $reg) { __typename }
  activateConnector(input: $act) { __typename }
  setConnectorData(input: $data) { __typename } }`;
const SEND = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename ... on SendConnectorMessagesSuccess { deliveredCount failedCount } } }`;
const SETUP_VARS = {
  reg: { id: 'hook_shop', name: 'Shop', iconSvg: SVG, placementHandler: 'https://example.com/s' },
  act: { connector: 'hook_shop', line: 1, active: true },
  data: { connector: 'hook_shop', line: 1, channelId: 'channel-1' },
};
const SEND_VARS = {
  input: {
    connector: 'hook_shop',
    line: 1,
    messages: [{ externalMessageId: 'w1', user: { id: 'ext-1' }, chat: { id: 'channel-1' }, text: 'hi' }],
  },
};

describe('webhook mode with application credentials', () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness({ mode: 'webhook' });
  });
  afterAll(async () => {
    await h.close();
  });

  it('sets up a connector and delivers a message through the app token', async () => {
    const setup = await postGraphQL(h.facade, SETUP, CALLER, SETUP_VARS);
    expect(setup.body.errors).toBeUndefined();
    expect(Object.values(setup.body.data ?? {})).toEqual(
      Array(3).fill({ __typename: 'ConnectorSetupSuccess' }),
    );
    const sent = await postGraphQL(h.facade, SEND, CALLER, SEND_VARS);
    expect(sent.body.errors).toBeUndefined();
    expect(sent.body.data?.sendConnectorMessages).toMatchObject({ deliveredCount: 1, failedCount: 0 });
    const connectorCalls = h.emulator.calls().filter((c) => c.method.startsWith('imconnector.'));
    expect(connectorCalls.length).toBeGreaterThanOrEqual(4);
    expect(connectorCalls.every((c) => c.credential === 'oauth' && c.errorCode === undefined)).toBe(true);
  });

  it('still requires the API key first: no portal call, no refresh without it', async () => {
    const requests = h.emulator.httpRequests();
    const reply = await postGraphQL(h.facade, SEND, {}, SEND_VARS);
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(h.emulator.httpRequests()).toBe(requests);
  });
});

describe('webhook mode without application credentials', () => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness({ mode: 'webhook', app: false });
  });
  afterAll(async () => {
    await h.close();
  });

  it('refuses connector operations with FORBIDDEN and makes no portal call', async () => {
    const requests = h.emulator.httpRequests();
    for (const [query, variables] of [
      [SEND, SEND_VARS],
      [SETUP, SETUP_VARS],
    ] as const) {
      const reply = await postGraphQL(h.facade, query, CALLER, variables);
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'APPLICATION_TOKEN_REQUIRED',
      });
    }
    expect(h.emulator.httpRequests()).toBe(requests);
  });
});
