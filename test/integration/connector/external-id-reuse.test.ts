/**
 * An external message id reused with different content: the portal keeps only the first message,
 * so the facade refuses the second (ConnectorMessageFailed on its externalMessageId, never sent)
 * instead of reporting it delivered. Within one call and across calls, over real HTTP.
 */
import { chatHistory, devAccessToken } from '../../support/emulator.js';
import { postGraphQL, startHarness, useHarness } from '../server/facade-harness.js';

const AUTH = { authorization: `Bearer ${devAccessToken(1)}` };
const SVG = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg"/>')}`;
const SEND = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename
  ... on SendConnectorMessagesSuccess { deliveredCount failedCount results {
    __typename
    ... on ConnectorMessageDelivered { externalMessageId chatId }
    ... on ConnectorMessageFailed { externalMessageId reasons invalidField } } } } }`;
const SETUP = `mutation($reg: RegisterConnectorInput!, $act: ActivateConnectorInput!, $data: SetConnectorDataInput!) {
  registerConnector(input: $reg) { __typename }
  activateConnector(input: $act) { __typename }
  setConnectorData(input: $data) { __typename } }`;

const h = useHarness(() => startHarness(), { resetEachTest: false });

const msg = (id: string, text: string) => ({
  externalMessageId: id,
  user: { id: 'ext-user-1', name: 'Anna' },
  chat: { id: 'channel-1' },
  text,
});

async function gql(query: string, variables?: Record<string, unknown>) {
  const reply = await postGraphQL(h.facade, query, AUTH, variables);
  expect(reply.body.errors).toBeUndefined();
  return reply.body.data as Record<string, any>;
}

const sendCalls = () => h.emulator.calls().filter((c) => c.method === 'imconnector.send.messages').length;

beforeAll(async () => {
  await gql(SETUP, {
    reg: { id: 'reuse_shop', name: 'Shop', iconSvg: SVG, placementHandler: 'https://example.com/settings' },
    act: { connector: 'reuse_shop', line: 1, active: true },
    data: {
      connector: 'reuse_shop',
      line: 1,
      channelId: 'channel-1',
      url: 'https://example.com',
      name: 'Shop',
    },
  });
});

it('refuses the second of two messages with one external id and different texts', async () => {
  const data = await gql(SEND, {
    input: { connector: 'reuse_shop', line: 1, messages: [msg('dup-1', 'first'), msg('dup-1', 'second')] },
  });
  const results = data.sendConnectorMessages.results as Array<Record<string, any>>;
  expect(results.map((r) => r.__typename)).toEqual(['ConnectorMessageDelivered', 'ConnectorMessageFailed']);
  expect(results[1]).toMatchObject({
    externalMessageId: 'dup-1',
    invalidField: 'input.messages.1.externalMessageId',
  });
  const texts = (await chatHistory(h.emulator, results[0]!.chatId as number)).map((m) => m.text);
  expect(texts.filter((t) => t === 'first')).toHaveLength(1);
  expect(texts).not.toContain('second');
});

it('refuses a later call reusing the id for other content before any portal call, and accepts a replay', async () => {
  const before = sendCalls();
  const changed = await gql(SEND, {
    input: { connector: 'reuse_shop', line: 1, messages: [msg('dup-1', 'third')] },
  });
  expect(changed.sendConnectorMessages).toMatchObject({ deliveredCount: 0, failedCount: 1 });
  expect(sendCalls()).toBe(before);
  const replay = await gql(SEND, {
    input: { connector: 'reuse_shop', line: 1, messages: [msg('dup-1', 'first')] },
  });
  expect(replay.sendConnectorMessages).toMatchObject({ deliveredCount: 1, failedCount: 0 });
});
