/** memoizeString: one computation per input, bounded, and a throw is never remembered. */
import { memoizeString } from '../../../src/backends/bitrix24/string-memo.js';

describe('memoizeString', () => {
  it('computes once per input', () => {
    const inputs: string[] = [];
    const upper = memoizeString((s: string) => {
      inputs.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a'), upper('a')]).toEqual(['A', 'B', 'A', 'A']);
    expect(inputs).toEqual(['a', 'b']);
  });

  it('keeps at most `max` inputs: the least recently used one is computed again', () => {
    const inputs: string[] = [];
    const id = memoizeString((s: string) => {
      inputs.push(s);
      return s;
    }, 2);
    id('a');
    id('b');
    id('a'); // a is now the most recent
    id('c'); // evicts b
    id('a');
    id('b');
    expect(inputs).toEqual(['a', 'b', 'c', 'b']);
  });

  it('does not remember a throw', () => {
    let calls = 0;
    const origin = memoizeString((s: string) => {
      calls += 1;
      return new URL(s).origin;
    });
    expect(() => origin('not a url')).toThrow();
    expect(() => origin('not a url')).toThrow();
    expect(origin('https://a.example/x')).toBe('https://a.example');
    expect(calls).toBe(3);
  });
});
