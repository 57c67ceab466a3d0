import { parsePhpQuery, splitPhpKey } from '../../../src/emulators/bitrix24/core/php-query.js';

describe('PHP parse_str semantics', () => {
  it('keeps every scalar a string', () => {
    expect(parsePhpQuery('a=1&b=true&c=')).toEqual({ a: '1', b: 'true', c: '' });
  });

  it('builds nested maps from bracket keys', () => {
    expect(parsePhpQuery('fields[message]=Hi%20there&fields[attach][0][b]=y')).toEqual({
      fields: { message: 'Hi there', attach: { '0': { b: 'y' } } },
    });
  });

  it('appends with [] after the highest numeric key', () => {
    expect(parsePhpQuery('a[]=x&a[]=y&a[5]=z&a[]=w')).toEqual({
      a: { '0': 'x', '1': 'y', '5': 'z', '6': 'w' },
    });
  });

  it('decodes + as space and percent escapes in keys and values, leaving bad escapes as they are', () => {
    expect(parsePhpQuery('na%6De=a+b&bad=%E0%A4%A')).toEqual({ name: 'a b', bad: '%E0%A4%A' });
  });

  it('lets a later key win and ignores empty pairs and keys without a base', () => {
    expect(parsePhpQuery('a=1&&a=2&[x]=3&flag')).toEqual({ a: '2', flag: '' });
  });

  it('never writes through __proto__', () => {
    const parsed = parsePhpQuery('__proto__[polluted]=1&a[__proto__][b]=2');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(parsed).toEqual({});
  });

  it('splits keys, ignoring an unterminated bracket', () => {
    expect(splitPhpKey('a[b][]')).toEqual(['a', 'b', '']);
    expect(splitPhpKey('a[b')).toEqual(['a']);
    expect(splitPhpKey('[a]')).toBeNull();
  });
});
