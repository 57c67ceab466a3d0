import { readFileSync } from 'node:fs';

/** A documented example response, copied verbatim from the reference pages (quirks included). */
export function fixture<T = any>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as T;
}
