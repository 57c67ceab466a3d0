/**
 * Memoises a pure function of one string, bounded (least recently used entries go first). The hot
 * path calls a few such functions with the same few inputs on every request: a credential's origin
 * (parsing a URL), its hashed key (SHA-256), a poll's absolute links. A caller that presents a new
 * token on every request only churns the cache; it never grows past `max`. lru-cache is the
 * well-kept implementation Apollo Server itself depends on.
 */
import { LRUCache } from 'lru-cache';

export function memoizeString<T extends NonNullable<unknown>>(
  fn: (input: string) => T,
  max = 1000,
): (input: string) => T {
  const cache = new LRUCache<string, T>({ max });
  return (input) => {
    const hit = cache.get(input);
    if (hit !== undefined) return hit;
    // A throw (an invalid URL) is not cached: it propagates to the caller, as without the memo.
    const value = fn(input);
    cache.set(input, value);
    return value;
  };
}
