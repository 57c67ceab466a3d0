/**
 * Classic REST list navigation (list-methods-pecularities.md, huge-data.md): pages of at most 50,
 * `start` is the offset of the page, `total` counts every match and `next` (the next `start`) is sent
 * only when another page exists. `start=-1` turns the count off: the first 50 matches come back with
 * `total: 0` and no `next`; the caller pages with a `>ID` filter instead.
 */
import { toInt } from './params.js';

const LIST_PAGE_SIZE = 50;

export interface ListPage<T> {
  result: T[];
  total: number;
  next?: number;
}

export function listPage<T>(rows: T[], startParam: unknown): ListPage<T> {
  const start = toInt(startParam) ?? 0;
  if (start < 0) return { result: rows.slice(0, LIST_PAGE_SIZE), total: 0 };
  const result = rows.slice(start, start + LIST_PAGE_SIZE);
  const after = start + LIST_PAGE_SIZE;
  return after < rows.length ? { result, total: rows.length, next: after } : { result, total: rows.length };
}
