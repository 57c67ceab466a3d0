/**
 * A facade as a child process (`node dist/src/main.js`), configured only through its environment,
 * the way an operator runs it. A process of its own so that its portal traffic, its pacing state and
 * a crash (the process exiting) are all observable from the bench.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

/** dist/bench/facade-process.js -> dist/src/main.js */
const MAIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'main.js');

/** What the bench sends to a facade's `GET /metrics`. */
export const BENCH_METRICS_TOKEN = 'bench-metrics-token';

export interface FacadeProcess extends ServerProcess {
  /** http://127.0.0.1:<port>/graphql */
  graphqlUrl: string;
  /** http://127.0.0.1:<port>/metrics (Authorization: Bearer BENCH_METRICS_TOKEN) */
  metricsUrl: string;
}

export async function startFacadeProcess(
  env: Record<string, string>,
  main: string = MAIN,
): Promise<FacadeProcess> {
  const port = await freePort();
  const child = await startServerProcess(
    main,
    {
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'error',
      // Production refuses to start with /metrics open to anyone: metrics stay on, as shipped,
      // behind a token the bench never uses.
      METRICS_TOKEN: BENCH_METRICS_TOKEN,
      ...env,
    },
    [/^facade: (\S+)/m],
  );
  const graphqlUrl = child.values[0]!;
  return Object.assign(child, { graphqlUrl, metricsUrl: new URL('/metrics', graphqlUrl).href });
}
