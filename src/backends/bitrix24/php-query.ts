/**
 * A PHP-style query-string encoder (the inverse of PHP's `parse_str`), used for the commands of
 * `batch` (`method?fields[message]=Hi%20there`, docs/bitrix24-contract.md §5).
 *
 * Choices, where the docs are silent or offer several options:
 * - nested objects and arrays become `a[b][0]=x` (arrays by index, as `http_build_query` does);
 *   brackets stay literal, as in the docs' examples (PHP decodes both `[` and `%5B`);
 * - booleans become `Y`/`N` by default. The docs' `boolean` type is "most often Y or N"
 *   (data-types.md), imbot.v2 accepts `true`/`false`/`"Y"`/`"N"` (imbot.v2/index.md), and a JSON
 *   `true` cannot survive a query string anyway. `booleans: '10'` gives PHP's own `1`/`0`;
 *   methods that take integer flags (vote ANONYMITY/OPTIONS) are sent numbers by our wrappers;
 * - `null` and `undefined` are left out, and so are empty arrays and objects: that is what
 *   `http_build_query` does, and there is no way to write an empty array in a query string;
 * - values are percent-encoded with `encodeURIComponent` (space as `%20`, `&` as `%26`).
 */
export interface PhpQueryOptions {
  booleans?: 'YN' | '10';
}

function encodeKey(key: string): string {
  return encodeURIComponent(key).replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

function scalar(value: unknown, options: PhpQueryOptions): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') {
    if (options.booleans === '10') return value ? '1' : '0';
    return value ? 'Y' : 'N';
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string') return value;
  return undefined;
}

function pairs(prefix: string, value: unknown, options: PhpQueryOptions, out: string[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => pairs(`${prefix}[${index}]`, item, options, out));
    return;
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) pairs(`${prefix}[${key}]`, item, options, out);
    return;
  }
  const encoded = scalar(value, options);
  if (encoded !== undefined) out.push(`${encodeKey(prefix)}=${encodeURIComponent(encoded)}`);
}

export function encodePhpQuery(params: Record<string, unknown>, options: PhpQueryOptions = {}): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(params)) pairs(key, value, options, out);
  return out.join('&');
}
