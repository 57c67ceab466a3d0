/**
 * Open Channel connector end to end over real HTTP: setup, a batch with one bad item (one failed,
 * the rest delivered, the bad one never sent), input refused before the portal, webhook mode
 * refused with FORBIDDEN, and a lost answer that never duplicates a message.
 */
import { addFault, devAccessToken, chatHistory } from '../../support/emulator.js';
import { postGraphQL, startHarness, type Harness } from '../server/facade-harness.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const SVG = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
const SEND = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename
  ... on SendConnectorMessagesSuccess { deliveredCount failedCount results {
    __typename
    ... on ConnectorMessageDelivered { externalMessageId sessionId chatId userId }
    ... on ConnectorMessageFailed { externalMessageId reasons invalidField } } }
  ... on ValidationFailed { field constraint }
  ... on UserError { code } } }`;
const SETUP = `mutation($reg: RegisterConnectorInput!, $act: ActivateConnectorInput!, $data: SetConnectorDataInput!) {
  registerConnector(input: $reg) { __typename }
  activateConnector(input: $act) { __typename }
  setConnectorData(input: $data) { __typename } }`;

const msg = (id: string, extra: Record<string, unknown> = {}) => ({
  externalMessageId: id,
  user: { id: 'ext-user-1', name: 'Anna', lastName: "O'Neil" },
  chat: { id: 'channel-1', name: 'Shop chat' },
  text: `text of ${id}`,
  ...extra,
});

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const reply = await postGraphQL(h.facade, query, AUTH, variables);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data as Record<string, any>;
}

async function sentItems(): Promise<number> {
  return h.emulator.calls().filter((c) => c.method === 'imconnector.send.messages').length;
}

describe('an Open Channel connector', () => {
  it('is set up and reports its status', async () => {
    const data = await gql(SETUP, {
      reg: { id: 'test_shop', name: 'Shop', iconSvg: SVG, placementHandler: 'https://example.com/settings' },
      act: { connector: 'test_shop', line: 1, active: true },
      data: {
        connector: 'test_shop',
        line: 1,
        channelId: 'channel-1',
        url: 'https://example.com',
        name: 'Shop',
      },
    });
    expect(data).toEqual({
      registerConnector: { __typename: 'ConnectorSetupSuccess' },
      activateConnector: { __typename: 'ConnectorSetupSuccess' },
      setConnectorData: { __typename: 'ConnectorSetupSuccess' },
    });
    const status = await gql(`{ connectorStatus(connector: "test_shop", line: 1) { configured active } }`);
    expect(status.connectorStatus).toEqual({ configured: true, active: true });
  });

  it('takes the icon as SVG markup too, and sends the portal the documented data URI', async () => {
    const REGISTER = `mutation($input: RegisterConnectorInput!) { registerConnector(input: $input) {
      __typename ... on ValidationFailed { field } } }`;
    const markup = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><circle r="1"/></svg>';
    const data = await gql(REGISTER, {
      input: { id: 'svg_markup', name: 'Markup', iconSvg: markup, placementHandler: 'https://example.com/s' },
    });
    expect(data.registerConnector.__typename).toBe('ConnectorSetupSuccess');
    const stored = h.emulator.state.connectors.get('svg_markup');
    expect(stored?.icon.DATA_IMAGE).toBe(`data:image/svg+xml,${encodeURIComponent(markup)}`);
    const bad = await gql(REGISTER, {
      input: {
        id: 'svg_bad',
        name: 'Bad',
        iconSvg: 'https://example.com/icon.png',
        placementHandler: 'https://x.y/',
      },
    });
    expect(bad.registerConnector).toEqual({ __typename: 'ValidationFailed', field: 'input.iconSvg' });
  });

  it('delivers a batch with one bad item: one failed (never sent), the rest delivered, in order', async () => {
    const before = await sentItems();
    const data = await gql(SEND, {
      input: {
        connector: 'test_shop',
        line: 1,
        messages: [msg('m1'), msg('m2', { user: { id: 'ext-2', name: 'R2-D2' } }), msg('m3')],
      },
    });
    const result = data.sendConnectorMessages;
    expect(result).toMatchObject({ deliveredCount: 2, failedCount: 1 });
    expect(result.results.map((r: { __typename: string }) => r.__typename)).toEqual([
      'ConnectorMessageDelivered',
      'ConnectorMessageFailed',
      'ConnectorMessageDelivered',
    ]);
    expect(result.results[1]).toMatchObject({
      externalMessageId: 'm2',
      invalidField: 'input.messages.1.user.name',
    });
    expect(result.results[0]).toMatchObject({ externalMessageId: 'm1', userId: expect.any(Number) });
    expect(result.results[0].chatId).toBeGreaterThan(0);
    expect(await sentItems()).toBe(before + 1);
  });

  it.each([
    ['a name over 25 characters', { user: { id: 'u', name: 'A'.repeat(26) } }, 'input.messages.0.user.name'],
    ['a last name with digits', { user: { id: 'u', lastName: 'Smith2' } }, 'input.messages.0.user.lastName'],
    ['neither text nor files', { text: '  ' }, 'input.messages.0.text'],
  ])('refuses %s before the portal', async (_name, extra, field) => {
    const before = h.emulator.calls().length;
    const data = await gql(SEND, {
      input: { connector: 'test_shop', line: 1, messages: [msg('bad', extra)] },
    });
    expect(data.sendConnectorMessages.results).toEqual([
      expect.objectContaining({ __typename: 'ConnectorMessageFailed', invalidField: field }),
    ]);
    expect(h.emulator.calls().length).toBe(before);
  });

  it.each([
    ['an empty batch', { messages: [] }, 'input.messages', 'minItems'],
    ['a connector id with a dot', { connector: 'my.shop' }, 'input.connector', 'pattern'],
    ['line 0', { line: 0 }, 'input.line', 'min'],
  ])('refuses %s as a whole, before the portal', async (_name, patch, field, constraint) => {
    const before = h.emulator.calls().length;
    const input = { connector: 'test_shop', line: 1, messages: [msg('x')], ...patch };
    const data = await gql(SEND, { input });
    expect(data.sendConnectorMessages).toEqual({
      __typename: 'ValidationFailed',
      code: 'VALIDATION_FAILED',
      field,
      constraint,
    });
    expect(h.emulator.calls().length).toBe(before);
  });

  it.each([
    ['line 0', '"test_shop"', 0, 'line'],
    ['a negative line', '"test_shop"', -1, 'line'],
    ['a malformed connector id', '"Not An Id"', 1, 'connector'],
  ])(
    'connectorStatus with %s is BAD_USER_INPUT naming it, before the portal',
    async (_n, id, line, field) => {
      const before = h.emulator.calls().length;
      const reply = await postGraphQL(
        h.facade,
        `{ connectorStatus(connector: ${id}, line: ${line}) { active } }`,
        AUTH,
      );
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
      expect(h.emulator.calls().length).toBe(before);
    },
  );

  it('an inactive line gives ConnectorNotActive', async () => {
    const data = await gql(SEND, { input: { connector: 'test_shop', line: 2, messages: [msg('y')] } });
    expect(data.sendConnectorMessages).toEqual({
      __typename: 'ConnectorNotActive',
      code: 'CONNECTOR_NOT_ACTIVE',
    });
  });

  it('a lost answer and a retry with the same external ids leave one message', async () => {
    await addFault(h.emulator, { kind: 'commitThenDrop', count: 1, methods: ['imconnector.send.messages'] });
    const input = { connector: 'test_shop', line: 1, messages: [msg('once', { text: 'only once please' })] };
    const lost = await postGraphQL(h.facade, SEND, AUTH, { input });
    expect(lost.body.errors?.[0]?.extensions?.code).toBe('OUTCOME_UNKNOWN');
    const retry = await gql(SEND, { input });
    const delivered = retry.sendConnectorMessages.results[0];
    expect(delivered.__typename).toBe('ConnectorMessageDelivered');
    const messages = await chatHistory(h.emulator, delivered.chatId);
    expect(messages.filter((m) => m.text === 'only once please')).toHaveLength(1);
  });
});

describe('in webhook mode', () => {
  let hook: Harness;
  beforeAll(async () => {
    hook = await startHarness({ FACADE_ALLOW_ANONYMOUS: 'true' }, 'webhook');
  });
  afterAll(async () => {
    await hook.close();
  });

  it('connector calls are refused with FORBIDDEN before the portal', async () => {
    const before = hook.emulator.calls().length;
    const reply = await postGraphQL(
      hook.facade,
      SEND,
      {},
      {
        input: { connector: 'test_shop', line: 1, messages: [msg('w')] },
      },
    );
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(reply.body.errors?.[0]?.message).toMatch(/application \(OAuth\) token/);
    expect(hook.emulator.calls().length).toBe(before);
  });
});
