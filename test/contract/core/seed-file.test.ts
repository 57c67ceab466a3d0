import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callRest, startEmulator } from '../../support/emulator.js';
import { SeedValidationError } from '../../../src/emulators/bitrix24/store/seed.js';

describe('emulator seed files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'emulator-seed-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('starts from a JSON seed file and resets back to it', async () => {
    const path = write(
      'ok.json',
      JSON.stringify({
        users: [{ id: 10, firstName: 'Seed', lastName: 'User' }],
        apps: [{ clientId: 'app.x', clientSecret: 's', scopes: ['basic'] }],
        tokens: [{ accessToken: 'tok-10', refreshToken: 'ref-10', userId: 10, clientId: 'app.x' }],
        webhooks: [{ userId: 10, code: 'hook10', scopes: ['basic'] }],
        chats: [{ id: 7, name: 'Seeded', ownerId: 10, memberIds: [10] }],
        openLineIds: [3],
      }),
    );
    const emu = await startEmulator({ seed: path, limits: { enabled: false } });
    try {
      expect(emu.webhookUrl).toBe(`${emu.url}/rest/10/hook10/`);
      expect(emu.state.chats.get(7)?.managerIds).toEqual([10]);
      expect((await callRest(emu, 'batch', {}, { token: 'tok-10' })).status).toBe(200);
      expect((await callRest(emu, 'batch', {}, { token: 'dev-token-1' })).status).toBe(401);
      emu.state.chats.clear();
      emu.reset();
      expect(emu.state.chats.has(7)).toBe(true);
    } finally {
      await emu.close();
    }
  });

  it('refuses an invalid seed file with every problem listed', async () => {
    const path = write(
      'bad.json',
      JSON.stringify({ users: [{ id: 'one' }], apps: [], tokens: [], chats: [] }),
    );
    const attempt = startEmulator({ seed: path });
    await expect(attempt).rejects.toBeInstanceOf(SeedValidationError);
    await expect(attempt).rejects.toThrow(
      /users\[0\]\.id: expected a positive integer[\s\S]*webhooks: expected an array/,
    );
  });

  it('refuses unreadable and non-JSON seed files', async () => {
    await expect(startEmulator({ seed: join(dir, 'missing.json') })).rejects.toThrow(/cannot read seed file/);
    await expect(startEmulator({ seed: write('text.json', 'not json') })).rejects.toThrow(/not valid JSON/);
  });
});
