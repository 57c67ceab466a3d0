import {
  fingerprintOf,
  IdempotencyFingerprints,
  sendKey,
} from '../../../src/state/idempotency-fingerprints.js';

it('the same bot, dialog and key on two portals are two keys (multi-portal mode)', () => {
  const map = new IdempotencyFingerprints();
  const one = fingerprintOf({ text: 'ONE' });
  const two = fingerprintOf({ text: 'TWO' });
  expect(map.check(sendKey(7, 'chat1', 'tpl', 'https://a.bitrix24.com'), one)).toBe('new');
  expect(map.check(sendKey(7, 'chat1', 'tpl', 'https://b.bitrix24.com'), two)).toBe('new');
  expect(map.check(sendKey(7, 'chat1', 'tpl', 'https://a.bitrix24.com'), two)).toBe('mismatch');
});
