/**
 * Emulator + traffic engine + facade on port 0, wired as main.ts wires them: one FacadeMetrics
 * whose `portal` observer the engine reports to, shown by the facade's GET /metrics.
 */
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import { createFacade } from '../../../src/app/create-facade.js';
import type { RunningFacade } from '../../../src/app/facade-server.js';

export interface MetricsHarness {
  emulator: RunningEmulator;
  facade: RunningFacade;
  close(): Promise<void>;
}

export async function startMetricsHarness(env: Record<string, string> = {}): Promise<MetricsHarness> {
  const emulator = await startEmulator({ port: 0 });
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env });
  const facade = await createFacade(config, {
    emulatorUrl: emulator.url,
    portalTimeoutMs: 5000,
    drainTimeoutMs: 2000,
  });
  return {
    emulator,
    facade,
    async close() {
      await facade.close();
      await emulator.close();
    },
  };
}

/** Parses an exposition into `name{labels}` → value (HELP/TYPE lines skipped). */
export function parseExposition(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

/** The sum of every sample of `name` whose labels include all of `labels`. */
export function sumOf(
  samples: Map<string, number>,
  name: string,
  labels: Record<string, string> = {},
): number {
  let sum = 0;
  for (const [key, value] of samples) {
    const brace = key.indexOf('{');
    const sampleName = brace < 0 ? key : key.slice(0, brace);
    if (sampleName !== name) continue;
    const labelText = brace < 0 ? '' : key.slice(brace);
    if (Object.entries(labels).every(([k, v]) => labelText.includes(`${k}="${v}"`))) sum += value;
  }
  return sum;
}

export async function scrape(
  facade: RunningFacade,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; contentType: string | null }> {
  const response = await fetch(`${facade.url}/metrics`, { headers });
  return {
    status: response.status,
    text: await response.text(),
    contentType: response.headers.get('content-type'),
  };
}
