/**
 * Fault injection for tests, by method (TL names) and either `count` (the next N matching calls) or
 * `rate` (0..1 per call). Kinds: `floodWait` (420 FLOOD_WAIT_<seconds>), `rpcError` (any
 * `errorCode`/`errorMessage`, e.g. 420 SLOWMODE_WAIT_5 or 400 CHANNEL_PRIVATE), `drop` (the connection
 * is closed before the call runs, so nothing changes), `commitThenDrop` (the call runs and is kept,
 * then the connection is closed without the answer).
 */
export type FaultKind = 'floodWait' | 'rpcError' | 'drop' | 'commitThenDrop';

export interface FaultSpec {
  kind: FaultKind;
  count?: number;
  rate?: number;
  methods?: string[];
  seconds?: number;
  errorCode?: number;
  errorMessage?: string;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'drop' }
  | { kind: 'commitThenDrop' }
  | { kind: 'error'; code: number; message: string };

export class FaultError extends Error {}

export class Faults {
  private faults: Array<FaultSpec & { id: number; remaining: number | null }> = [];
  private nextId = 1;

  add(body: unknown): FaultSpec & { id: number } {
    const spec = parseFault(body);
    const fault = { ...spec, id: this.nextId++, remaining: spec.count ?? null };
    this.faults.push(fault);
    return { ...spec, id: fault.id };
  }

  list(): Array<FaultSpec & { id: number }> {
    return this.faults.map(({ remaining, ...fault }) => ({ ...fault, count: remaining ?? undefined }));
  }

  clear(): void {
    this.faults = [];
  }

  decide(method: string, random: () => number = Math.random): FaultDecision {
    for (const fault of this.faults) {
      if (fault.methods && !fault.methods.includes(method)) continue;
      if (fault.remaining !== null) {
        if (fault.remaining <= 0) continue;
        fault.remaining -= 1;
      } else if (random() >= (fault.rate ?? 0)) continue;
      if (fault.kind === 'drop' || fault.kind === 'commitThenDrop') return { kind: fault.kind };
      if (fault.kind === 'floodWait')
        return { kind: 'error', code: 420, message: `FLOOD_WAIT_${fault.seconds ?? 1}` };
      return {
        kind: 'error',
        code: fault.errorCode ?? 400,
        message: fault.errorMessage ?? 'INPUT_METHOD_INVALID',
      };
    }
    return { kind: 'none' };
  }
}

function parseFault(body: unknown): FaultSpec {
  const o = (body ?? {}) as Record<string, unknown>;
  const bad = (message: string): FaultError => new FaultError(message);
  if (!['floodWait', 'rpcError', 'drop', 'commitThenDrop'].includes(o.kind as string))
    throw bad('kind must be floodWait, rpcError, drop or commitThenDrop');
  const spec: FaultSpec = { kind: o.kind as FaultKind };
  if (o.count !== undefined) {
    if (!Number.isInteger(o.count) || (o.count as number) < 1) throw bad('count must be a positive integer');
    spec.count = o.count as number;
  } else if (o.rate !== undefined) {
    if (typeof o.rate !== 'number' || o.rate < 0 || o.rate > 1) throw bad('rate must be within 0..1');
    spec.rate = o.rate;
  } else throw bad('give either rate (0..1) or count');
  if (o.methods !== undefined) {
    if (!Array.isArray(o.methods) || !o.methods.every((m) => typeof m === 'string'))
      throw bad('methods must be TL method names');
    spec.methods = o.methods as string[];
  }
  if (o.seconds !== undefined) {
    if (!Number.isInteger(o.seconds) || (o.seconds as number) < 0)
      throw bad('seconds must be a non-negative integer');
    spec.seconds = o.seconds as number;
  }
  if (spec.kind === 'rpcError') {
    if (
      !Number.isInteger(o.errorCode) ||
      typeof o.errorMessage !== 'string' ||
      !/^[A-Z0-9_]+$/.test(o.errorMessage)
    ) {
      throw bad('rpcError needs an integer errorCode and an UPPER_SNAKE errorMessage');
    }
    spec.errorCode = o.errorCode as number;
    spec.errorMessage = o.errorMessage;
  }
  return spec;
}
