/**
 * PHP `parse_str` semantics for query strings and form bodies, which is how the portal reads
 * `fields[message]=x`, `a[0][b]=y` and `a[]=z`. Every scalar stays a string. Keys made only of
 * digits become object keys too (PHP arrays are maps), so `a[0]=x` gives `{a: {"0": "x"}}`;
 * handlers read lists through `toList`, which accepts both shapes.
 */
import type { Params } from './method.js';

type PhpMap = Record<string, unknown>;

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text; // PHP keeps malformed escapes as they are
  }
}

/** Splits `a[b][c][]` into `['a', 'b', 'c', '']`; returns null for a key with an empty base. */
export function splitPhpKey(rawKey: string): string[] | null {
  const open = rawKey.indexOf('[');
  if (open <= 0) return rawKey.length > 0 && open !== 0 ? [rawKey] : null;
  const parts = [rawKey.slice(0, open)];
  let rest = rawKey.slice(open);
  while (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0) break; // PHP ignores an unterminated bracket and what follows
    parts.push(rest.slice(1, close));
    rest = rest.slice(close + 1);
  }
  return parts;
}

function nextIndex(map: PhpMap): string {
  const ints = Object.keys(map)
    .filter((k) => /^\d+$/.test(k))
    .map(Number);
  return String(ints.length === 0 ? 0 : Math.max(...ints) + 1);
}

/** Assigns `value` at the path of keys inside `target`, creating nested maps as PHP does. */
export function assignPhpPath(target: PhpMap, path: string[], value: unknown): void {
  if (path.includes('__proto__')) return; // never let a request reach Object.prototype
  let node = target;
  path.forEach((segment, i) => {
    const key = segment === '' ? nextIndex(node) : segment;
    if (i === path.length - 1) {
      node[key] = value;
      return;
    }
    const child = node[key];
    if (child && typeof child === 'object' && !Array.isArray(child)) {
      node = child as PhpMap;
    } else {
      const fresh: PhpMap = {};
      node[key] = fresh;
      node = fresh;
    }
  });
}

/** Parses `a=1&b[c]=2&d[]=3` (without the leading `?`) into nested string maps. */
export function parsePhpQuery(query: string): Params {
  const out: Params = Object.create(null) as Params;
  if (!query) return {};
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const rawKey = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const path = splitPhpKey(rawKey);
    if (path) assignPhpPath(out, path, value);
  }
  return { ...out };
}
