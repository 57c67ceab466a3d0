/**
 * Classic list navigation (list-methods-pecularities.md, huge-data.md) through user.get, the webhook
 * page's example of a method with array parameters: pages of 50, `total`, `next` only when another
 * page exists, `start=-1` without the count, `>ID` paging, and result_total/result_next in batch.
 */
import type { EmUser } from '../../../src/emulators/bitrix24/store/state.js';
import { callRest, request } from '../../support/emulator.js';
import { useEmulator } from '../../support/emulator-lifecycle.js';

const emu = useEmulator();
const WEBHOOK = { webhook: true } as const;

/** Adds employees until the portal has `count` users (ids after the seeded ones). */
function growPortalTo(count: number): void {
  const users = emu.state.users;
  const template = users.get(2) as EmUser;
  for (let id = users.size + 1; users.size < count; id++) {
    users.set(id, {
      ...template,
      id,
      firstName: `User${id}`,
      name: `User${id} Test`,
      email: `u${id}@example.test`,
    });
  }
}

const ids = (rows: { ID: string }[]): number[] => rows.map((r) => Number(r.ID));

describe('list methods: start / total / next', () => {
  it('the webhook page GET example runs: user.get.json?FILTER[ACTIVE]=true&select[]=ID&select[]=NAME', async () => {
    const res = await request(
      emu,
      `/rest/1/devwebhook1secret/user.get.json?FILTER[ACTIVE]=true&select[]=ID&select[]=NAME`,
    );
    expect(res.status).toBe(200);
    expect(res.body.result.length).toBeGreaterThan(0);
    expect(res.body.result[0]).toEqual(expect.objectContaining({ ID: '1', NAME: 'Anna', ACTIVE: true }));
    expect(res.body.total).toBe(res.body.result.length);
    expect(res.body).not.toHaveProperty('next');
    expect(res.body.time).toEqual(
      expect.objectContaining({ start: expect.any(Number), duration: expect.any(Number) }),
    );
  });

  it('pages of 50: total counts everything, next is the following start, absent on the last page', async () => {
    growPortalTo(120);
    const first = await callRest(emu, 'user.get', {}, WEBHOOK);
    expect(first.body.result).toHaveLength(50);
    expect(first.body.total).toBe(120);
    expect(first.body.next).toBe(50);
    const last = await callRest(emu, 'user.get', { start: 100 }, WEBHOOK);
    expect(ids(last.body.result)).toEqual(Array.from({ length: 20 }, (_, i) => 101 + i));
    expect(last.body.total).toBe(120);
    expect(last.body).not.toHaveProperty('next');
  });

  it('start=-1 skips the count (total 0, no next); a >ID filter pages instead (huge-data.md)', async () => {
    growPortalTo(120);
    const page = await callRest(
      emu,
      'user.get',
      { order: { ID: 'ASC' }, filter: { '>ID': 50 }, start: -1 },
      WEBHOOK,
    );
    expect(ids(page.body.result)).toEqual(Array.from({ length: 50 }, (_, i) => 51 + i));
    expect(page.body.total).toBe(0);
    expect(page.body).not.toHaveProperty('next');
  });

  it('inside batch, a list command reports result_total and result_next under its key', async () => {
    growPortalTo(60);
    const res = await callRest(
      emu,
      'batch',
      { cmd: { users: 'user.get?start=0', me: 'user.current' } },
      WEBHOOK,
    );
    expect(res.body.result.result_total).toEqual({ users: 60 });
    expect(res.body.result.result_next).toEqual({ users: 50 });
    expect(Object.keys(res.body.result.result_time).sort()).toEqual(['me', 'users']);
  });
});
