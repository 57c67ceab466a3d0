/**
 * The per-process map of idempotency-key fingerprints: same content replays, other content is a
 * mismatch, the map is bounded (least recently used evicted first) and entries expire (injected clock).
 */
import {
  DEFAULT_MAX_ENTRIES,
  DEFAULT_TTL_MS,
  fingerprintOf,
  IdempotencyFingerprints,
  sendKey,
} from '../../../src/state/idempotency-fingerprints.js';

const ONE = fingerprintOf({ text: 'ONE' });
const TWO = fingerprintOf({ text: 'TWO' });

describe('fingerprintOf', () => {
  it('is a SHA-256 hex digest that ignores key order and undefined fields', () => {
    expect(ONE).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprintOf({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(
      fingerprintOf({ b: { d: 'x', c: [1, 2] }, a: 1, e: undefined }),
    );
  });

  it('tells different content apart', () => {
    expect(ONE).not.toBe(TWO);
    expect(fingerprintOf({ forwards: [1, 2] })).not.toBe(fingerprintOf({ forwards: [2, 1] }));
    expect(fingerprintOf({ reply: null })).not.toBe(fingerprintOf({ reply: 0 }));
  });
});

describe('IdempotencyFingerprints', () => {
  it('remembers the first use: the same content matches, other content is a mismatch', () => {
    const map = new IdempotencyFingerprints();
    const key = sendKey(7, 'chat1', 'tpl');
    expect(map.check(key, ONE)).toBe('new');
    expect(map.check(key, ONE)).toBe('match');
    expect(map.check(key, TWO)).toBe('mismatch');
    // The mismatch does not replace what the key was first used for.
    expect(map.check(key, ONE)).toBe('match');
  });

  it('keys by bot, dialog and templateId', () => {
    const map = new IdempotencyFingerprints();
    expect(map.check(sendKey(7, 'chat1', 'tpl'), ONE)).toBe('new');
    expect(map.check(sendKey(8, 'chat1', 'tpl'), TWO)).toBe('new');
    expect(map.check(sendKey(7, 'chat2', 'tpl'), TWO)).toBe('new');
    expect(map.check(sendKey(7, 'chat1', 'other'), TWO)).toBe('new');
  });

  it('holds at most maxEntries keys, evicting the least recently used', () => {
    const map = new IdempotencyFingerprints({ maxEntries: 3 });
    for (const k of ['a', 'b', 'c']) map.check(k, ONE);
    expect(map.check('a', ONE)).toBe('match'); // a is now the most recently used
    map.check('d', ONE); // evicts b
    expect(map.size).toBe(3);
    expect(map.check('b', TWO)).toBe('new'); // forgotten, so no mismatch; evicts c
    expect(map.check('a', TWO)).toBe('mismatch');
    expect(map.check('c', TWO)).toBe('new');
    expect(map.size).toBe(3);
  });

  it('defaults to 10,000 entries and 24 hours', () => {
    expect(DEFAULT_MAX_ENTRIES).toBe(10_000);
    expect(DEFAULT_TTL_MS).toBe(24 * 60 * 60 * 1000);
    // a clock reading of 0 means "no start time" to lru-cache; real clocks never read 0
    let now = 1;
    const map = new IdempotencyFingerprints({ now: () => now });
    for (let i = 0; i <= DEFAULT_MAX_ENTRIES; i += 1) map.check(`k${i}`, ONE);
    expect(map.size).toBe(DEFAULT_MAX_ENTRIES);
    expect(map.check('k0', TWO)).toBe('new');
    now = 1 + DEFAULT_TTL_MS;
    expect(map.check('k5', TWO)).toBe('mismatch');
    // stale strictly after ttl (lru-cache's rule)
    now = 2 + DEFAULT_TTL_MS;
    expect(map.check('k6', TWO)).toBe('new');
  });

  it('expires an entry ttlMs after the first use, even if used since', () => {
    let now = 1_000;
    const map = new IdempotencyFingerprints({ ttlMs: 100, now: () => now });
    map.check('k', ONE);
    now = 1_100;
    expect(map.check('k', TWO)).toBe('mismatch');
    now = 1_101;
    expect(map.check('k', TWO)).toBe('new');
    now = 1_150;
    expect(map.check('k', ONE)).toBe('mismatch');
  });

  it('forget frees a key only for the content that claimed it', () => {
    const map = new IdempotencyFingerprints();
    map.check('k', ONE);
    map.forget('k', TWO);
    expect(map.check('k', TWO)).toBe('mismatch');
    map.forget('k', ONE);
    expect(map.check('k', TWO)).toBe('new');
  });
});
