import { encodeBatchCommand } from '../../../src/backends/bitrix24/batch.js';
import { encodePhpQuery } from '../../../src/backends/bitrix24/php-query.js';

describe('encodePhpQuery', () => {
  it('nested objects and arrays use PHP brackets', () => {
    expect(
      encodePhpQuery({
        fields: {
          TITLE: 'My company',
          PHONE: [{ VALUE: '112233', VALUE_TYPE: 'WORK' }, { VALUE: '555888112' }],
        },
      }),
    ).toBe(
      'fields[TITLE]=My%20company&fields[PHONE][0][VALUE]=112233&fields[PHONE][0][VALUE_TYPE]=WORK&fields[PHONE][1][VALUE]=555888112',
    );
  });

  it('escapes special characters in values and keys', () => {
    expect(encodePhpQuery({ 'fields[TITLE]': 'John&Martin', q: 'a=b?c#d%e' })).toBe(
      'fields[TITLE]=John%26Martin&q=a%3Db%3Fc%23d%25e',
    );
    expect(encodePhpQuery({ 'a b': { 'c&d': 'ü' } })).toBe('a%20b[c%26d]=%C3%BC');
    expect(encodePhpQuery({ entityType: 'Bitrix\\Vote\\Attachment\\ImMessageConnector' })).toBe(
      'entityType=Bitrix%5CVote%5CAttachment%5CImMessageConnector',
    );
  });

  it('booleans as Y/N by default, 1/0 on request; numbers as text', () => {
    expect(encodePhpQuery({ a: true, b: false, n: 0, f: 1.5 })).toBe('a=Y&b=N&n=0&f=1.5');
    expect(encodePhpQuery({ a: true, b: false }, { booleans: '10' })).toBe('a=1&b=0');
  });

  it('leaves out null, undefined, empty arrays and empty objects (as http_build_query does)', () => {
    expect(encodePhpQuery({ a: null, b: undefined, c: [], d: {}, e: '' })).toBe('e=');
  });

  it('encodes ballots and id lists like the documented examples', () => {
    expect(encodePhpQuery({ attachId: 1, ballot: { '1': ['3'] } })).toBe('attachId=1&ballot[1][0]=3');
    expect(encodePhpQuery({ entityIds: [1, 2, 3] })).toBe('entityIds[0]=1&entityIds[1]=2&entityIds[2]=3');
  });

  it('batch commands are method?query, or the bare method', () => {
    expect(
      encodeBatchCommand({
        method: 'imbot.v2.Chat.Message.send',
        params: { botId: 456, botToken: 't', dialogId: 'chat5', fields: { message: 'Hi there' } },
      }),
    ).toBe('imbot.v2.Chat.Message.send?botId=456&botToken=t&dialogId=chat5&fields[message]=Hi%20there');
    expect(encodeBatchCommand({ method: 'user.current' })).toBe('user.current');
  });
});
