/**
 * `$result[key][field][0]` references inside batch command parameters (docs/bitrix24-contract.md §5): replaced by
 * the value from an earlier command's result before the command runs. A parameter that is exactly
 * one reference takes the referenced value as it is (a list stays a list); a reference inside a
 * longer string is replaced by the scalar's text. Unresolvable references stay as written.
 */
import type { Params } from '../core/method.js';

const REF = /\$result((?:\[[^\]]*\])+)/g;
const WHOLE_REF = /^\$result((?:\[[^\]]*\])+)$/;

function pathOf(brackets: string): string[] {
  return [...brackets.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1] ?? '');
}

/** Looks up `[key][field]...` in the results of the commands that already succeeded. */
function lookupRef(results: Record<string, unknown>, path: string[]): unknown {
  let node: unknown = results;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? '1' : ''; // PHP's string cast of a bool
  return undefined;
}

function substituteString(text: string, results: Record<string, unknown>): unknown {
  const whole = WHOLE_REF.exec(text);
  if (whole) {
    const value = lookupRef(results, pathOf(whole[1] ?? ''));
    return value === undefined ? text : value;
  }
  return text.replace(
    REF,
    (match, brackets: string) => scalarText(lookupRef(results, pathOf(brackets))) ?? match,
  );
}

function substituteValue(value: unknown, results: Record<string, unknown>): unknown {
  if (typeof value === 'string') return value.includes('$result') ? substituteString(value, results) : value;
  if (Array.isArray(value)) return value.map((v) => substituteValue(v, results));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substituteValue(v, results)]));
  }
  return value;
}

export function substituteResultRefs(params: Params, results: Record<string, unknown>): Params {
  return substituteValue(params, results) as Params;
}
