import { FaultSet } from '../../../src/emulators/bitrix24/core/faults.js';
import { EmulatorError } from '../../../src/emulators/bitrix24/core/emulator-error.js';

describe('fault selection', () => {
  it('applies counted faults to the next N matching methods only, case-insensitively', () => {
    const f = new FaultSet();
    f.add({ kind: 'reset', count: 2, methods: ['vote.AttachedVote.get'] });
    expect(f.decide('im.dialog.get').fault).toBeNull();
    expect(f.decide('VOTE.attachedvote.GET').fault?.kind).toBe('reset');
    expect(f.decide('vote.AttachedVote.get').fault?.kind).toBe('reset');
    expect(f.decide('vote.AttachedVote.get').fault).toBeNull();
    expect(f.list()).toEqual([]);
  });

  it('adds up latency and lets the first other fault decide', () => {
    const f = new FaultSet();
    f.add({ kind: 'latency', rate: 1, latencyMs: 20 });
    f.add({ kind: 'latency', count: 1, latencyMs: 5 });
    f.add({ kind: 'html', count: 1 });
    f.add({ kind: 'hang', count: 1 });
    const d = f.decide('x');
    expect(d.latencyMs).toBe(25);
    expect(d.fault?.kind).toBe('html');
    expect(f.decide('x').fault?.kind).toBe('hang');
  });

  it('uses the random source for rate faults', () => {
    const f = new FaultSet();
    f.add({ kind: 'http5xx', rate: 0.3 });
    expect(f.decide('x', () => 0.29).fault?.kind).toBe('http5xx');
    expect(f.decide('x', () => 0.3).fault).toBeNull();
  });

  it('rejects malformed fault specs with a clear message', () => {
    const f = new FaultSet();
    expect(() => f.add({ kind: 'explode', count: 1 })).toThrow(EmulatorError);
    expect(() => f.add({ kind: 'reset' })).toThrow(/rate.*count/);
    expect(() => f.add({ kind: 'latency', count: 1 })).toThrow(/latencyMs/);
    expect(() => f.add({ kind: 'http5xx', count: 1, status: 404 })).toThrow(/500, 502, 503, 504/);
  });
});
