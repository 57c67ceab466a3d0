/** Shared pieces of the benchmarks: tables, timing, emulator counts. Loopback only. */
import type { RunningEmulator } from '../src/emulators/bitrix24/index.js';
import {
  createPortalClient,
  type PortalCaller,
  type PortalCredential,
} from '../src/backends/bitrix24/index.js';
import { createTrafficEngine, type TrafficEngineInit } from '../src/backends/bitrix24/traffic/index.js';

export interface BenchContext {
  quick: boolean;
  /** overhead: `--baseline=<path of another build's dist/src/main.js>`, an extra contender */
  baselineMain?: string;
  /** overhead: `--rounds=N`, `--round-seconds=S` */
  rounds?: number;
  roundSeconds?: number;
  /** sustained: `--duration=S` measured after the warm-up, `--rates=50,100,150`, `--window=S` */
  durationSeconds?: number;
  rates?: number[];
  windowSeconds?: number;
}

export function printTable(title: string, rows: Array<Record<string, string | number>>): void {
  console.log(`\n## ${title}\n`);
  if (rows.length === 0) return console.log('(no rows)');
  const headers = Object.keys(rows[0]!);
  const cell = (v: string | number | undefined) => (typeof v === 'number' ? fmt(v) : (v ?? ''));
  const widths = headers.map((h) => Math.max(h.length, ...rows.map((r) => cell(r[h]).length)));
  const line = (values: string[]) => `| ${values.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows) console.log(line(headers.map((h) => cell(row[h]))));
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n >= 100 ? n.toFixed(0) : n.toFixed(2);
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

export const rawClient = (timeoutMs = 10_000): PortalCaller =>
  createPortalClient({ timeoutMs, userAgent: 'bench/1' });

export const engine = (init: TrafficEngineInit = {}, timeoutMs = 10_000) =>
  createTrafficEngine(rawClient(timeoutMs), init);

export const oauth = (emu: RunningEmulator, user = 1): PortalCredential => ({
  kind: 'oauth',
  portalUrl: emu.url,
  accessToken: `dev-token-${user}`,
});
