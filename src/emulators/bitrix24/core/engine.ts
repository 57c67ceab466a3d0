/**
 * The emulator's runtime, shared by the HTTP layer, `batch` and the control API: state, methods,
 * limits, call log and faults. One Engine per running emulator.
 */
import { CallLog } from './call-log.js';
import { FaultSet } from './faults.js';
import { LeakyBuckets } from './leaky-bucket.js';
import { DEFAULT_OPERATING, OperatingBudget } from './operating-budget.js';
import { MethodRegistry } from './registry.js';
import type { MethodDefinition } from './method.js';
import { buildState } from '../store/build-state.js';
import type { SeedData } from '../store/seed.js';
import type { EmulatorState } from '../store/state.js';

export interface LimitsConfig {
  enabled: boolean;
  burst: number;
  drainPerSecond: number;
  operatingLimitSeconds: number;
  /** simulated extra run time per call, counted into the operating budget */
  operatingCostMs: number;
}

export const DEFAULT_LIMITS: LimitsConfig = {
  enabled: true,
  burst: 50,
  drainPerSecond: 2,
  operatingLimitSeconds: DEFAULT_OPERATING.limitSeconds,
  operatingCostMs: 0,
};

export interface EngineOptions {
  seed: SeedData;
  methods: MethodDefinition[];
  limits: LimitsConfig;
  attachIdDiffersFromVoteId: boolean;
}

export class Engine {
  readonly state: EmulatorState;
  readonly registry: MethodRegistry;
  readonly buckets: LeakyBuckets;
  readonly budget: OperatingBudget;
  readonly log = new CallLog();
  readonly faults = new FaultSet();
  limits: LimitsConfig;
  /** set once the server listens, e.g. http://127.0.0.1:4001 */
  baseUrl = '';

  constructor(private readonly opts: EngineOptions) {
    this.limits = { ...opts.limits };
    this.registry = new MethodRegistry(opts.methods);
    this.state = buildState(opts.seed, {
      portalHost: '127.0.0.1',
      attachIdDiffersFromVoteId: opts.attachIdDiffersFromVoteId,
    });
    this.buckets = new LeakyBuckets({ burst: this.limits.burst, drainPerSecond: this.limits.drainPerSecond });
    this.budget = new OperatingBudget({
      ...DEFAULT_OPERATING,
      limitSeconds: this.limits.operatingLimitSeconds,
      costPerCallMs: this.limits.operatingCostMs,
    });
  }

  setLimits(patch: Partial<LimitsConfig>): LimitsConfig {
    this.limits = { ...this.limits, ...patch };
    this.buckets.config = { burst: this.limits.burst, drainPerSecond: this.limits.drainPerSecond };
    this.budget.config = {
      ...this.budget.config,
      limitSeconds: this.limits.operatingLimitSeconds,
      costPerCallMs: this.limits.operatingCostMs,
    };
    return { ...this.limits };
  }

  /**
   * Back to the seed. The state object keeps its identity (tests hold `emu.state`), only its
   * contents are replaced. Limits are refilled; the limit configuration stays as it was.
   */
  reset(): void {
    const fresh = buildState(this.opts.seed, {
      portalHost: this.state.portalHost,
      attachIdDiffersFromVoteId: this.opts.attachIdDiffersFromVoteId,
    });
    Object.assign(this.state, fresh);
    this.log.clear();
    this.faults.clear();
    this.buckets.clear();
    this.budget.clear();
  }
}
