/**
 * How PHP's json_encode prints an array: `[]` when empty, a JSON list when the keys are exactly
 * 0..n-1 in order (an array-form `cmd`), an object otherwise (docs/bitrix24-contract.md §2.3 #1).
 */
export function phpMap<T>(entries: [string, T][]): Record<string, T> | T[] {
  if (entries.every(([k], i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}
