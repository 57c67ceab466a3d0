/** Which linked Telegram session a caller acts as: dev user N in emulator mode, else the subject. */
import { telegramLinkKey } from '../../../src/app/telegram-link-key.js';
import type { Identity } from '../../../src/graphql/identity.js';

const oauth = (mode: 'oauth' | 'emulator', accessToken: string): Identity => ({
  mode,
  credential: { kind: 'oauth', portalUrl: 'http://127.0.0.1:1', accessToken },
  subject: 'token:abc',
});

test('emulator mode: dev-token-N is Telegram user N', () => {
  expect(telegramLinkKey(oauth('emulator', 'dev-token-3'))).toBe('3');
});

test('otherwise the subject, never the token', () => {
  expect(telegramLinkKey(oauth('oauth', 'dev-token-3'))).toBe('token:abc');
  expect(telegramLinkKey(oauth('emulator', 'some-real-token'))).toBe('token:abc');
  const webhook: Identity = {
    mode: 'webhook',
    credential: { kind: 'webhook', webhookUrl: 'http://127.0.0.1:1/rest/1/secret/' },
    subject: 'api-key#1',
  };
  expect(telegramLinkKey(webhook)).toBe('api-key#1');
});
