/** Which stored Telegram session a caller acts as: the one under its identity's subject, never the token. */
import { telegramLinkKey } from '../../../src/app/telegram-link-key.js';
import type { Identity } from '../../../src/graphql/identity.js';

const oauth = (mode: 'oauth' | 'emulator', accessToken: string): Identity => ({
  mode,
  credential: { kind: 'oauth', portalUrl: 'http://127.0.0.1:1', accessToken },
  subject: 'token:abc',
});

test('the link key is the subject in every mode, never the token', () => {
  expect(telegramLinkKey(oauth('emulator', 'dev-token-3'))).toBe('token:abc');
  expect(telegramLinkKey(oauth('oauth', 'dev-token-3'))).toBe('token:abc');
  const webhook: Identity = {
    mode: 'webhook',
    credential: { kind: 'webhook', webhookUrl: 'http://127.0.0.1:1/rest/1/secret/' },
    subject: 'api-key#1',
  };
  expect(telegramLinkKey(webhook)).toBe('api-key#1');
});
