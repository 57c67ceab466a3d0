import { getParam, toBool, toInt, toList } from '../../../src/emulators/bitrix24/core/params.js';

describe('emulator parameter coercion (PHP-style values)', () => {
  it('reads integers from numbers and numeric strings only', () => {
    expect(toInt(5)).toBe(5);
    expect(toInt('12')).toBe(12);
    expect(toInt('1.5')).toBeUndefined();
    expect(toInt(1.5)).toBeUndefined();
    expect(toInt('abc')).toBeUndefined();
  });

  it('reads Y/N, true/false and 1/0 booleans', () => {
    expect(toBool('Y')).toBe(true);
    expect(toBool('N')).toBe(false);
    expect(toBool('true')).toBe(true);
    expect(toBool(0)).toBe(false);
    expect(toBool('maybe')).toBeUndefined();
  });

  it('turns PHP numeric-key maps into lists in key order', () => {
    expect(toList({ '1': 'b', '0': 'a', '10': 'c' })).toEqual(['a', 'b', 'c']);
    expect(toList(['x'])).toEqual(['x']);
    expect(toList({ a: 1 })).toBeUndefined();
  });

  it('matches parameter names exactly, then case-insensitively', () => {
    expect(getParam({ DIALOG_ID: 'chat1' }, 'dialog_id')).toBe('chat1');
    expect(getParam({ a: 1, A: 2 }, 'A')).toBe(2);
  });
});
