/**
 * Starts the Bitrix24 portal emulator: an in-memory portal behind a node:http server on loopback.
 * Used by `npm run emulator`, by `npm start` when no portal is configured, by tests and benchmarks.
 */
import type { AddressInfo } from 'node:net';
import { createBatchMethod } from './batch/batch.method.js';
import type { CallLogEntry } from './core/call-log.js';
import { DEFAULT_LIMITS, Engine, type LimitsConfig } from './core/engine.js';
import { createEmulatorServer, type TlsMaterial } from './core/http-server.js';
import type { MethodDefinition } from './core/method.js';
import { allMethods } from './methods.js';
import { DEFAULT_SEED, DEFAULT_WEBHOOK_CODE } from './store/default-seed.js';
import { loadSeedFile, validateSeed, type SeedData } from './store/seed.js';
import type { EmulatorState } from './store/state.js';

export type { SeedData } from './store/seed.js';
export type { CallLogEntry } from './core/call-log.js';
export type { LimitsConfig } from './core/engine.js';
export type { TlsMaterial } from './core/http-server.js';

export interface StartEmulatorOptions {
  /** 0 = ephemeral (default 0) */
  port?: number;
  /** default '127.0.0.1'; a non-loopback host needs `allowNonLoopback` */
  host?: string;
  /**
   * The portal serves HTTPS only; the emulator serves plain HTTP and therefore refuses to listen
   * anywhere but loopback unless this is set explicitly (e.g. inside a container network).
   */
  allowNonLoopback?: boolean;
  /**
   * Serve HTTPS with this certificate and key (PEM) instead of plain HTTP, for clients that insist
   * on https URLs (the official JS SDK). The facade's own emulator stays on loopback HTTP.
   * `selfSignedCertificate()` (core/tls-certificate.ts) makes one.
   */
  tls?: TlsMaterial;
  /** SeedData object or a path to a JSON seed file; default: the default seed */
  seed?: SeedData | string;
  limits?: {
    enabled?: boolean;
    burst?: number;
    drainPerSecond?: number;
    operatingLimitSeconds?: number;
    operatingCostMs?: number;
  };
  /** docs/bitrix24-contract.md §10 #1 switch, stored in `state.attachIdDiffersFromVoteId` */
  attachIdDiffersFromVoteId?: boolean;
  /** extra methods (tests register tiny test-only methods this way) */
  extraMethods?: MethodDefinition[];
}

export interface RunningEmulator {
  /** 'http://127.0.0.1:<port>' ('https://...' with `tls`) */
  url: string;
  /** `${url}/rest/1/<code>/` for the seeded webhook */
  webhookUrl: string;
  port: number;
  state: EmulatorState;
  close(): Promise<void>;
  /** state back to the seed, call log and faults cleared, limits refilled */
  reset(): void;
  /** the call log (one entry per executed method call, batch commands included) */
  calls(): CallLogEntry[];
  clearCalls(): void;
  /** HTTP requests received on /rest/ and /oauth/ since start, reset or clearCalls */
  httpRequests(): number;
  setLimits(patch: Partial<LimitsConfig>): LimitsConfig;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

function resolveSeed(seed: SeedData | string | undefined): SeedData {
  if (seed === undefined) return DEFAULT_SEED;
  if (typeof seed === 'string') return loadSeedFile(seed);
  return validateSeed(seed);
}

export async function startEmulator(opts: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = opts.host ?? '127.0.0.1';
  if (!LOOPBACK.has(host) && !opts.allowNonLoopback) {
    throw new Error(
      `The emulator serves plain HTTP and only binds loopback addresses; refusing host "${host}" ` +
        '(pass allowNonLoopback: true to override)',
    );
  }
  const seed = resolveSeed(opts.seed);
  const engine = new Engine({
    seed,
    methods: [...allMethods, ...(opts.extraMethods ?? [])],
    limits: { ...DEFAULT_LIMITS, ...stripUndefined(opts.limits ?? {}) },
    attachIdDiffersFromVoteId: opts.attachIdDiffersFromVoteId ?? false,
  });
  engine.registry.add(createBatchMethod(engine));

  const { server, hanging } = createEmulatorServer(engine, opts.tls);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `${opts.tls ? 'https' : 'http'}://${urlHost}:${port}`;
  engine.baseUrl = url;
  engine.state.portalHost = `${urlHost}:${port}`;
  const hook = seed.webhooks.find((w) => w.code === DEFAULT_WEBHOOK_CODE) ?? seed.webhooks[0];

  let closed: Promise<void> | null = null;
  return {
    url,
    webhookUrl: hook ? `${url}/rest/${hook.userId}/${hook.code}/` : '',
    port,
    state: engine.state,
    reset: () => engine.reset(),
    calls: () => engine.log.list(),
    clearCalls: () => engine.log.clear(),
    httpRequests: () => engine.log.httpRequests,
    setLimits: (patch) => engine.setLimits(patch),
    close() {
      closed ??= new Promise<void>((resolve) => {
        for (const socket of hanging) socket.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
