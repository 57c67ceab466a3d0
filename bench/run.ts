/**
 * `npm run bench [-- --quick] [-- reads burst replicas overhead faults]`: the facade's
 * benchmarks against the emulator with its real limits, contenders side by side, printed as
 * tables. Loopback only; bounded in time; never part of `npm test`.
 */
import 'reflect-metadata';
import type { BenchContext } from './bench-support.js';
import { burstBench } from './burst.bench.js';
import { faultsBench } from './faults.bench.js';
import { overheadBench } from './overhead.bench.js';
import { readsBench } from './reads.bench.js';
import { replicasBench } from './replicas.bench.js';

const BENCHES: Record<string, (ctx: BenchContext) => Promise<void>> = {
  reads: readsBench,
  burst: burstBench,
  replicas: replicasBench,
  overhead: overheadBench,
  faults: faultsBench,
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const ctx: BenchContext = { quick: args.includes('--quick') };
  const chosen = args.filter((a) => !a.startsWith('--'));
  const unknown = chosen.filter((name) => !(name in BENCHES));
  if (unknown.length > 0)
    throw new Error(`unknown bench: ${unknown.join(', ')} (have: ${Object.keys(BENCHES).join(', ')})`);
  const names = chosen.length > 0 ? chosen : Object.keys(BENCHES);
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
