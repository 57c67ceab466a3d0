/**
 * Coercion of request parameters. The portal is PHP: a value may arrive typed (JSON body) or as a
 * string (query string, form body, or a command inside `batch`), so every handler reads its
 * parameters through these helpers and accepts both forms.
 */
import type { Params } from './method.js';

export function getParam(params: Params, name: string): unknown {
  // Parameter names are matched exactly first, then case-insensitively (PHP arrays are
  // case-sensitive, but the docs are inconsistent about e.g. DIALOG_ID vs dialogId on a few pages).
  if (name in params) return params[name];
  const lower = name.toLowerCase();
  for (const [key, value] of Object.entries(params)) if (key.toLowerCase() === lower) return value;
  return undefined;
}

export function isMissing(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** An integer from a number or a numeric string; `undefined` when absent or not an integer. */
export function toInt(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/** Y/N, true/false, 1/0 (as booleans, numbers or strings). `undefined` when absent or unreadable. */
export function toBool(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'y' || v === 'true' || v === '1') return true;
    if (v === 'n' || v === 'false' || v === '0' || v === '') return false;
  }
  return undefined;
}

export function toStr(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * A PHP "array" that may have come as a JSON array or as a map with numeric keys
 * (`a[0]=x&a[1]=y` parses to `{ "0": "x", "1": "y" }`). Returns the values in key order.
 */
export function toList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.every(([k]) => /^\d+$/.test(k))) {
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, v]) => v);
    }
  }
  return undefined;
}

export function toObject(value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return undefined;
}
