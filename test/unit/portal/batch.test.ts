import { callBatch, decodeBatchResult, type BatchCommand } from '../../../src/backends/bitrix24/batch.js';
import type { PortalCredential } from '../../../src/backends/bitrix24/credential.js';
import type { PortalCaller, PortalResponse } from '../../../src/backends/bitrix24/portal-caller.js';
import { PortalError } from '../../../src/backends/bitrix24/portal-error.js';

const commands: Record<string, BatchCommand> = {
  get_user: { method: 'user.current' },
  get_department: { method: 'department.get', params: { ID: 1 } },
};

describe('decodeBatchResult', () => {
  it('the documented success example: result_error/result_next are [], result_total a map', () => {
    // From how-to-call-rest-api/batch.md (shortened user object).
    const raw = {
      result: { get_user: { ID: '1', NAME: 'John' }, get_department: [{ ID: '1', NAME: 'DEMO', SORT: 500 }] },
      result_error: [],
      result_total: { get_department: 1 },
      result_next: [],
      result_time: {
        get_user: {
          start: 1724916859.46156,
          finish: 1724916859.464775,
          date_start: '2024-08-29T10:34:19+03:00',
        },
      },
    };
    const out = decodeBatchResult(commands, raw);
    expect(out.get_user).toEqual({
      ok: true,
      result: { ID: '1', NAME: 'John' },
      time: { start: 1724916859.46156, finish: 1724916859.464775, dateStart: '2024-08-29T10:34:19+03:00' },
    });
    expect(out.get_department).toEqual({
      ok: true,
      result: [{ ID: '1', NAME: 'DEMO', SORT: 500 }],
      total: 1,
    });
  });

  it('the documented halt=0 error example: result is [] and every key has an error', () => {
    const raw = {
      result: [],
      result_error: {
        get_user: { error: 'insufficient_scope', error_description: '' },
        get_department: { error: 'insufficient_scope', error_description: '' },
      },
      result_total: [],
      result_next: [],
      result_time: [],
    };
    const out = decodeBatchResult(commands, raw);
    for (const key of ['get_user', 'get_department']) {
      const outcome = out[key]!;
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.error).toBeInstanceOf(PortalError);
        expect(outcome.error).toMatchObject({
          code: 'insufficient_scope',
          httpStatus: null,
          transport: false,
        });
      }
    }
    const dept = out.get_department!;
    expect(!dept.ok && dept.error.method).toBe('department.get');
  });

  it('halt=1: a command after the failure is reported as not executed', () => {
    const raw = {
      result: [],
      result_error: { get_user: { error: 'insufficient_scope', error_description: '' } },
      result_total: [],
      result_next: [],
      result_time: [],
    };
    const out = decodeBatchResult(commands, raw);
    const dept = out.get_department!;
    expect(dept.ok).toBe(false);
    expect(!dept.ok && dept.error.code).toBe('BATCH_NOT_EXECUTED');
  });

  it('null and [] results are successes; next and numeric-string totals are read', () => {
    const out = decodeBatchResult(
      { a: { method: 'im.chat.get' }, b: { method: 'vote.AttachedVote.stop' } },
      {
        result: { a: null, b: [] },
        result_error: [],
        result_total: { b: '7' },
        result_next: { b: 50 },
        result_time: [],
      },
    );
    expect(out.a).toEqual({ ok: true, result: null });
    expect(out.b).toEqual({ ok: true, result: [], total: 7, next: 50 });
  });

  it('list-shaped maps (numeric command keys) decode by index', () => {
    const out = decodeBatchResult(
      { '0': { method: 'x.y' }, '1': { method: 'x.z' } },
      {
        result: ['first', 'second'],
        result_error: [],
      },
    );
    expect(out['0']).toEqual({ ok: true, result: 'first' });
    expect(out['1']).toEqual({ ok: true, result: 'second' });
  });
});

describe('callBatch', () => {
  const cred: PortalCredential = { kind: 'webhook', webhookUrl: 'https://p.example.com/rest/1/abcdef/' };

  it('sends cmd strings and halt, through any PortalCaller', async () => {
    const seen: Record<string, unknown>[] = [];
    const caller: PortalCaller = {
      async call<T>(method: string, params: Record<string, unknown>) {
        expect(method).toBe('batch');
        seen.push(params);
        return { result: { result: { a: 1 }, result_error: [] } } as PortalResponse<T>;
      },
      async download() {
        throw new Error('unused');
      },
    };
    const out = await callBatch(caller, { a: { method: 'x.y', params: { flag: true } } }, cred, {
      halt: true,
    });
    expect(seen[0]).toEqual({ halt: 1, cmd: { a: 'x.y?flag=Y' } });
    expect(out.a).toEqual({ ok: true, result: 1 });
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`k${i}`, { method: 'x.y' }]));
    await expect(callBatch(caller, many, cred)).rejects.toThrow(RangeError);
  });
});
