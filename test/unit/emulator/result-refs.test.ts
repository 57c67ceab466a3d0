import { parseBatchCommand } from '../../../src/emulators/bitrix24/batch/command.js';
import { phpMap } from '../../../src/emulators/bitrix24/batch/php-map.js';
import { substituteResultRefs } from '../../../src/emulators/bitrix24/batch/result-refs.js';

describe('batch $result references', () => {
  const results = {
    get_user: { ID: '7', UF_DEPARTMENT: [3, 9], ACTIVE: true },
    list: [{ ID: '11' }, { ID: '12' }],
  };

  it('replaces a whole-value reference with the referenced value, keeping lists as lists', () => {
    expect(
      substituteResultRefs(
        { a: '$result[get_user][ID]', b: '$result[get_user][UF_DEPARTMENT]', c: '$result[list][1][ID]' },
        results,
      ),
    ).toEqual({ a: '7', b: [3, 9], c: '12' });
  });

  it('replaces references inside longer strings and nested params with scalar text', () => {
    expect(
      substituteResultRefs(
        { fields: { message: 'user $result[get_user][ID] dept $result[get_user][UF_DEPARTMENT][0]' } },
        results,
      ),
    ).toEqual({ fields: { message: 'user 7 dept 3' } });
  });

  it('leaves unresolvable references as written', () => {
    expect(substituteResultRefs({ a: '$result[missing][ID]', b: 'x $result[list][9][ID]' }, results)).toEqual(
      {
        a: '$result[missing][ID]',
        b: 'x $result[list][9][ID]',
      },
    );
  });

  it('parses "method?query" commands with PHP semantics and format suffixes', () => {
    expect(parseBatchCommand('k', 'im.dialog.get.json?DIALOG_ID=chat1&a[]=1')).toEqual({
      key: 'k',
      method: 'im.dialog.get',
      params: { DIALOG_ID: 'chat1', a: { '0': '1' } },
    });
    expect(parseBatchCommand('k', 'server.time').params).toEqual({});
  });

  it('prints empty maps as [], 0..n-1 keys as a list, other keys as an object', () => {
    expect(phpMap([])).toEqual([]);
    expect(
      phpMap([
        ['0', 'a'],
        ['1', 'b'],
      ]),
    ).toEqual(['a', 'b']);
    expect(phpMap([['1', 'b']])).toEqual({ '1': 'b' });
    expect(phpMap([['x', 1]])).toEqual({ x: 1 });
  });
});
