/**
 * `npm run bench [-- --quick] [-- sustained overhead reads burst replicas faults] [-- --flag=value]`:
 * the facade's benchmarks against the emulator with its real limits, contenders side by side,
 * printed as tables. Loopback only; bounded in time; never part of `npm test`. Flags are listed in
 * bench/README.md.
 */
import 'reflect-metadata';
import type { BenchContext } from './bench-support.js';
import { burstBench } from './burst.bench.js';
import { faultsBench } from './faults.bench.js';
import { liveBench } from './live.bench.js';
import { overheadBench } from './overhead.bench.js';
import { readsBench } from './reads.bench.js';
import { replicasBench } from './replicas.bench.js';
import { sustainedBench } from './sustained.bench.js';
import { telegramBench } from './telegram.bench.js';

const BENCHES: Record<string, (ctx: BenchContext) => Promise<void>> = {
  sustained: sustainedBench,
  overhead: overheadBench,
  reads: readsBench,
  burst: burstBench,
  replicas: replicasBench,
  faults: faultsBench,
  telegram: telegramBench,
  live: liveBench,
};

/** `npm run bench` alone: the two tables the README's figures come from. */
const DEFAULT = ['sustained', 'overhead'];

function flag(args: string[], name: string): string | undefined {
  const prefix = `--${name}=`;
  return args.find((a) => a.startsWith(prefix))?.slice(prefix.length);
}

function positive(args: string[], name: string): number | undefined {
  const raw = flag(args, name);
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
  return n;
}

function context(args: string[]): BenchContext {
  const known = [
    '--quick',
    '--all',
    '--baseline=',
    '--rounds=',
    '--round-seconds=',
    '--duration=',
    '--rates=',
    '--window=',
  ];
  const unknown = args.filter(
    (a) => a.startsWith('--') && !known.some((k) => a === k || (k.endsWith('=') && a.startsWith(k))),
  );
  if (unknown.length > 0) throw new Error(`unknown flag: ${unknown.join(', ')}`);
  const rates = flag(args, 'rates')
    ?.split(',')
    .map((r) => Number(r));
  if (rates !== undefined && rates.some((r) => !Number.isFinite(r) || r <= 0)) {
    throw new Error('--rates must be comma-separated positive numbers (calls/s)');
  }
  const baselineMain = flag(args, 'baseline');
  return {
    quick: args.includes('--quick'),
    ...(baselineMain === undefined ? {} : { baselineMain }),
    ...(rates === undefined ? {} : { rates }),
    ...optional('rounds', positive(args, 'rounds')),
    ...optional('roundSeconds', positive(args, 'round-seconds')),
    ...optional('durationSeconds', positive(args, 'duration')),
    ...optional('windowSeconds', positive(args, 'window')),
  };
}

const optional = <K extends string>(key: K, value: number | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, number>>;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ctx = context(args);
  const chosen = args.filter((a) => !a.startsWith('--'));
  const unknown = chosen.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(`unknown bench: ${unknown.join(', ')} (have: ${Object.keys(BENCHES).join(', ')})`);
  const names = chosen.length > 0 ? chosen : args.includes('--all') ? Object.keys(BENCHES) : DEFAULT;
  console.log(`# Facade benchmarks${ctx.quick ? ' (quick)' : ''}: ${names.join(', ')}`);
  for (const name of names) {
    const started = performance.now();
    await BENCHES[name]!(ctx);
    console.log(`\n(${name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  },
);
