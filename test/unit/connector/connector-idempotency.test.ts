/**
 * The idempotency key of one imconnector.send.messages call: the same (connector, line, external
 * ids) always give the same key, any change gives another, and a message without an external id
 * means no key at all (a repeat could then duplicate it, so the engine must not retry blindly).
 */
import { sendMessagesIdempotencyKey } from '../../../src/backends/bitrix24/connector/connector.portal.js';
import type { ConnectorOutgoingMessage } from '../../../src/connector/connector.model.js';

const msg = (id: string | undefined, text = 'hello'): ConnectorOutgoingMessage => ({
  user: { id: 'ext-user-1' },
  message: { ...(id === undefined ? {} : { id }), text },
  chat: { id: 'channel-1' },
});

describe('sendMessagesIdempotencyKey', () => {
  const key = sendMessagesIdempotencyKey('shop', 1, [msg('m1'), msg('m2')]);

  it('is stable for the same connector, line and external ids', () => {
    expect(key).toMatch(/^imconnector\.send\.messages:[0-9a-f]{32}$/);
    expect(sendMessagesIdempotencyKey('shop', 1, [msg('m1'), msg('m2')])).toBe(key);
    // The portal de-duplicates by external id: the text does not make another delivery.
    expect(sendMessagesIdempotencyKey('shop', 1, [msg('m1', 'other'), msg('m2', 'text')])).toBe(key);
  });

  it.each([
    ['another connector', () => sendMessagesIdempotencyKey('shop2', 1, [msg('m1'), msg('m2')])],
    ['another line', () => sendMessagesIdempotencyKey('shop', 2, [msg('m1'), msg('m2')])],
    ['another id', () => sendMessagesIdempotencyKey('shop', 1, [msg('m1'), msg('m3')])],
    ['other order', () => sendMessagesIdempotencyKey('shop', 1, [msg('m2'), msg('m1')])],
    ['fewer messages', () => sendMessagesIdempotencyKey('shop', 1, [msg('m1')])],
    // JSON framing: ids that concatenate alike still differ.
    ['split ids', () => sendMessagesIdempotencyKey('shop', 1, [msg('m1m'), msg('2')])],
  ])('differs for %s', (_name, other) => {
    const k = other();
    expect(k).toBeDefined();
    expect(k).not.toBe(key);
  });

  it('is undefined when a message has no external id, or there are no messages', () => {
    expect(sendMessagesIdempotencyKey('shop', 1, [msg('m1'), msg(undefined)])).toBeUndefined();
    expect(sendMessagesIdempotencyKey('shop', 1, [msg('')])).toBeUndefined();
    expect(sendMessagesIdempotencyKey('shop', 1, [])).toBeUndefined();
  });

  it('does not carry the caller ids in clear', () => {
    const k = sendMessagesIdempotencyKey('shop', 1, [msg('secret-order-4711')]);
    expect(k).not.toContain('secret-order-4711');
    expect(k).not.toContain('shop');
  });
});
