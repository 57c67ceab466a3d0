/**
 * The request examples of how-to-call-rest-api/batch.md, sent as the page sends them (JSON body,
 * webhook and OAuth), and the examples of data-encoding.md / local-webhooks.md that use the
 * general methods (`user.current`, `department.get`, `app.info`, `profile`).
 */
import { callRest, request, startEmulator, type RunningEmulator } from '../../support/emulator.js';

describe('batch: the documented examples', () => {
  let emu: RunningEmulator;
  beforeAll(async () => {
    emu = await startEmulator({ limits: { enabled: false } });
  });
  afterAll(() => emu.close());

  it('independent calls: one result per key, empty maps as []', async () => {
    const r = await callRest(
      emu,
      'batch',
      { halt: 0, cmd: { get_user: 'user.current', get_departments: 'department.get', get_app: 'app.info' } },
      { webhook: true },
    );
    expect(r.status).toBe(200);
    const { result, result_error, result_total, result_next, result_time } = r.body.result;
    expect(Object.keys(result)).toEqual(['get_user', 'get_departments', 'get_app']);
    expect(result_error).toEqual([]);
    expect(result_total).toEqual({ get_departments: 1 });
    expect(result_next).toEqual([]);
    expect(Object.keys(result_time)).toEqual(['get_user', 'get_departments', 'get_app']);
    expect(result.get_user).toMatchObject({ ID: '1', ACTIVE: true, NAME: 'Anna', UF_DEPARTMENT: [1] });
    expect(result.get_departments).toEqual([expect.objectContaining({ ID: '1', SORT: 500 })]);
  });

  it('linked calls over OAuth: $result[get_user][UF_DEPARTMENT][0] feeds department.get', async () => {
    const r = await callRest(
      emu,
      'batch',
      {
        halt: 0,
        cmd: {
          get_user: 'user.current',
          get_department: 'department.get?ID=$result[get_user][UF_DEPARTMENT][0]',
        },
      },
      { token: 'dev-token-3' },
    );
    expect(r.body.result.result.get_user.ID).toBe('3');
    expect(r.body.result.result.get_department).toEqual([
      expect.objectContaining({ ID: '1', NAME: expect.any(String) }),
    ]);
    expect(r.body.result.result_total).toEqual({ get_department: 1 });
  });

  it('the webhook page GET examples: profile.json and department.get.json?ID=1', async () => {
    const me = await request(emu, '/rest/1/devwebhook1secret/profile.json');
    expect(me.status).toBe(200);
    expect(me.body.result).toMatchObject({ ID: '1', ADMIN: true, NAME: 'Anna', LAST_NAME: 'Admin' });
    const dep = await request(emu, '/rest/1/devwebhook1secret/department.get.json?ID=1');
    expect(dep.body).toMatchObject({ result: [{ ID: '1' }], total: 1 });
    const none = await request(emu, '/rest/1/devwebhook1secret/department.get.json?ID=42');
    expect(none.body).toMatchObject({ result: [], total: 0 });
  });

  it('a double-encoded GET batch (data-encoding.md) decodes each command once more', async () => {
    const r = await request(
      emu,
      '/rest/1/devwebhook1secret/batch?cmd[0]=department.get%3FID%3D1&cmd[1]=im.chat.get%3FENTITY_TYPE%3DCRM%26ENTITY_ID%3DDEAL%257C1663',
    );
    expect(r.status).toBe(200);
    expect(r.body.result.result).toEqual([[expect.objectContaining({ ID: '1' })], null]);
    expect(r.body.result.result_total).toEqual([1]); // PHP prints the 0-keyed map as a list
  });
});
