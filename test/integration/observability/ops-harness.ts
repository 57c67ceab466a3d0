/**
 * Emulator + traffic engine + facade wired as main.ts wires them (the same trafficObserverFor),
 * in webhook mode (so there is a webhook code that must never be logged), with the log lines
 * collected. `tracing` (startTracing with a test exporter) goes where main.ts puts it, when on.
 */
import { loadConfig } from '../../../src/config/config.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import type { Tracing } from '../../../src/observability/tracing/tracing.js';
import { createFacade } from '../../../src/app/create-facade.js';
import type { RunningFacade } from '../../../src/app/facade-server.js';
import { createLogger } from '../../../src/observability/logger.js';
import { FacadeMetrics } from '../../../src/observability/metrics/facade-metrics.js';

export const API_KEY = 'ops-test-api-key-0123456789';
/** The seeded webhook's secret code (see the emulator's default seed). */
export const WEBHOOK_CODE = 'devwebhook1secret';

export interface OpsHarness {
  emulator: RunningEmulator;
  facade: RunningFacade;
  logLines: Array<Record<string, unknown>>;
  rawLog: string[];
  close(): Promise<void>;
}

export async function startOpsHarness(
  env: Record<string, string> = {},
  extra: { tracing?: Tracing } = {},
): Promise<OpsHarness> {
  const emulator = await startEmulator({ port: 0 });
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    BITRIX24_WEBHOOK_URL: emulator.webhookUrl,
    FACADE_API_KEYS: API_KEY,
    ...env,
  });
  if (config.portal.mode !== 'webhook') throw new Error('the ops harness runs in webhook mode');
  const rawLog: string[] = [];
  const logger = createLogger(config.logLevel, (line) => rawLog.push(line));
  const facade = await createFacade(config, {
    logger,
    metrics: new FacadeMetrics(),
    portalTimeoutMs: 5000,
    drainTimeoutMs: 2000,
    ...(extra.tracing === undefined ? {} : { tracing: extra.tracing }),
  });
  return {
    emulator,
    facade,
    rawLog,
    get logLines() {
      return rawLog.map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    async close() {
      await facade.close();
      await emulator.close();
    },
  };
}
