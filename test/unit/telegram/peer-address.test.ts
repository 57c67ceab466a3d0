import { formatTelegramPeer, parseTelegramPeer } from '../../../src/backends/telegram/polls/peer-address.js';

test.each([
  ['tg:chat:1', { kind: 'chat', id: 1 }],
  ['tg:channel:1234567890', { kind: 'channel', id: 1234567890 }],
  ['tg:user:5', { kind: 'user', id: 5 }],
])('%s parses and formats back', (text, peer) => {
  expect(parseTelegramPeer(text)).toEqual(peer);
  expect(formatTelegramPeer(peer as never)).toBe(text);
});

test.each([
  'chat1',
  'tg:chat:0',
  'tg:chat:01',
  'tg:chat:-1',
  'tg:group:1',
  'tg:chat:1 ',
  'TG:chat:1',
  'tg:user:99999999999999999',
  'tg:chat:',
])('%j is not a Telegram address', (text) => {
  expect(parseTelegramPeer(text)).toBeNull();
});
