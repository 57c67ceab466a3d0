/**
 * Fault injection for tests and benchmarks (`POST /_emulator/faults`). A fault matches an HTTP
 * request by method name; `count` makes it deterministic (the next N matching requests), `rate`
 * makes it random. Latency faults add up and let the request continue; the first other matching
 * fault decides what happens to the request.
 */
import { EmulatorError } from './emulator-error.js';

export const FAULT_KINDS = ['latency', 'http5xx', 'reset', 'html', 'hang', 'commitThenDrop'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultSpec {
  kind: FaultKind;
  /** 0..1; ignored when `count` is given */
  rate?: number;
  /** apply to the next N matching requests, then disappear */
  count?: number;
  /** method names (case-insensitive); absent = every method */
  methods?: string[];
  latencyMs?: number;
  /** http5xx: 500 (JSON) or 502/503/504 (HTML); html: 200 or 502 */
  status?: number;
}

interface Fault extends FaultSpec {
  id: number;
  remaining: number | null;
}

export interface FaultDecision {
  latencyMs: number;
  /** the terminal fault to apply, if any */
  fault: FaultSpec | null;
}

export class FaultSet {
  private faults: Fault[] = [];
  private nextId = 1;

  add(input: unknown): FaultSpec & { id: number } {
    const spec = parseFaultSpec(input);
    const fault: Fault = { ...spec, id: this.nextId++, remaining: spec.count ?? null };
    this.faults.push(fault);
    return { ...spec, id: fault.id };
  }

  list(): FaultSpec[] {
    return this.faults.map(({ remaining, ...f }) => ({ ...f, count: remaining ?? undefined }));
  }

  clear(): void {
    this.faults = [];
  }

  /** Decides the faults for one HTTP request to `method`; consumes counted faults. */
  decide(method: string, random: () => number = Math.random): FaultDecision {
    const decision: FaultDecision = { latencyMs: 0, fault: null };
    const name = method.toLowerCase();
    for (const f of this.faults) {
      if (f.methods && !f.methods.some((m) => m.toLowerCase() === name)) continue;
      if (f.kind !== 'latency' && decision.fault) continue;
      const hit = f.remaining !== null ? f.remaining > 0 : random() < (f.rate ?? 0);
      if (!hit) continue;
      if (f.remaining !== null) f.remaining -= 1;
      if (f.kind === 'latency') decision.latencyMs += f.latencyMs ?? 0;
      else decision.fault = f;
    }
    this.faults = this.faults.filter((f) => f.remaining === null || f.remaining > 0);
    return decision;
  }
}

function bad(message: string): EmulatorError {
  return new EmulatorError(400, 'INVALID_FAULT', message);
}

function parseFaultSpec(input: unknown): FaultSpec {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw bad('fault must be a JSON object');
  const o = input as Record<string, unknown>;
  if (!FAULT_KINDS.includes(o.kind as FaultKind)) throw bad(`kind must be one of ${FAULT_KINDS.join(', ')}`);
  const spec: FaultSpec = { kind: o.kind as FaultKind };
  if (o.count !== undefined) {
    if (typeof o.count !== 'number' || !Number.isInteger(o.count) || o.count < 1) {
      throw bad('count must be a positive integer');
    }
    spec.count = o.count;
  }
  if (o.rate !== undefined) {
    if (typeof o.rate !== 'number' || o.rate < 0 || o.rate > 1) throw bad('rate must be a number in 0..1');
    spec.rate = o.rate;
  }
  if (spec.count === undefined && spec.rate === undefined) throw bad('give either rate (0..1) or count');
  if (o.methods !== undefined) {
    if (!Array.isArray(o.methods) || !o.methods.every((m) => typeof m === 'string')) {
      throw bad('methods must be an array of method names');
    }
    spec.methods = o.methods as string[];
  }
  if (o.latencyMs !== undefined) {
    if (typeof o.latencyMs !== 'number' || o.latencyMs < 0)
      throw bad('latencyMs must be a non-negative number');
    spec.latencyMs = o.latencyMs;
  }
  if (spec.kind === 'latency' && spec.latencyMs === undefined) throw bad('latency faults need latencyMs');
  if (o.status !== undefined) {
    const allowed = spec.kind === 'http5xx' ? [500, 502, 503, 504] : spec.kind === 'html' ? [200, 502] : [];
    if (!allowed.includes(o.status as number))
      throw bad(`status for ${spec.kind} must be one of ${allowed.join(', ')}`);
    spec.status = o.status as number;
  }
  return spec;
}
