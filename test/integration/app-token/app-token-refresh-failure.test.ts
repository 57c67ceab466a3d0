/**
 * A refresh the authorization server refuses is the server's own misconfiguration: the caller
 * gets FORBIDDEN with reason APP_TOKEN_REFRESH_FAILED (not UNAUTHENTICATED, which would send the
 * client to refresh its own token, nor a masked INTERNAL_SERVER_ERROR), the operator gets one
 * log line, and neither carries the client secret or a token.
 */
import { DEFAULT_APP_CLIENT_SECRET } from '../../../src/emulators/bitrix24/store/default-seed.js';
import { devAccessToken } from '../../support/emulator.js';
import { postGraphQL } from '../server/facade-harness.js';
import { startAppHarness, type AppHarness } from './app-token-harness.js';

const CALLER = { authorization: `Bearer ${devAccessToken(2)}` };
const STATUS = `{ connectorStatus(connector: "any_shop", line: 1) { configured } }`;
const SEND = `mutation($input: SendConnectorMessagesInput!) { sendConnectorMessages(input: $input) {
  __typename ... on SendConnectorMessagesSuccess { deliveredCount } } }`;
const SEND_VARS = {
  input: {
    connector: 'any_shop',
    line: 1,
    messages: [{ externalMessageId: 'r1', user: { id: 'ext-1' }, chat: { id: 'channel-1' }, text: 'hi' }],
  },
};
const BOGUS_REFRESH = 'bogus-refresh-token-0123456789abcdef';
const WRONG_SECRET = 'wrong-client-secret-0123456789';

describe.each([
  ['an unknown refresh token', { refreshToken: BOGUS_REFRESH }, 'invalid_grant', BOGUS_REFRESH],
  ['a wrong client secret', { clientSecret: WRONG_SECRET }, 'invalid_client', WRONG_SECRET],
])('with %s', (_name, options, portalCode, secret) => {
  let h: AppHarness;
  beforeAll(async () => {
    h = await startAppHarness(options);
  });
  afterAll(async () => {
    await h.close();
  });

  it('connector operations fail with FORBIDDEN / APP_TOKEN_REFRESH_FAILED and no secret', async () => {
    for (const [query, variables] of [
      [STATUS, undefined],
      [SEND, SEND_VARS],
    ] as const) {
      const reply = await postGraphQL(h.facade, query, CALLER, variables);
      expect(reply.body.errors).toHaveLength(1);
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'APP_TOKEN_REFRESH_FAILED',
        portal: { method: 'oauth.token', code: portalCode },
      });
      const text = JSON.stringify(reply.body);
      for (const s of [secret, h.refreshToken, DEFAULT_APP_CLIENT_SECRET]) expect(text).not.toContain(s);
    }
    // No portal method was called with a token the server does not have.
    expect(h.emulator.calls().filter((c) => c.method.startsWith('imconnector.'))).toEqual([]);
  });

  it('the operator gets a redacted log line per failed refresh', async () => {
    const lines = h.logLines.filter((l) => l.includes('application token refresh failed'));
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: 'error', code: portalCode });
    for (const line of h.logLines) {
      for (const s of [secret, h.refreshToken, DEFAULT_APP_CLIENT_SECRET]) expect(line).not.toContain(s);
    }
  });

  it("operations that act with the caller's own token still work", async () => {
    const before = h.emulator.calls().length;
    const reply = await postGraphQL(h.facade, '{ chat(dialogId: "chat1") { id } }', CALLER);
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data?.chat).toEqual({ id: expect.anything() });
    const ran = h.emulator.calls().slice(before);
    expect(ran.length).toBeGreaterThanOrEqual(1);
    expect(ran.every((c) => c.userId === 2)).toBe(true);
  });
});
