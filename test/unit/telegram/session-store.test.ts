import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileTelegramSessionStore } from '../../../src/backends/telegram/sessions/file.session-store.js';
import { MemoryTelegramSessionStore } from '../../../src/backends/telegram/sessions/memory.session-store.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tg-sessions-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('file store: set, get, delete, kept across instances, owner-only file', async () => {
  const path = join(dir, 'sessions.json');
  const store = new FileTelegramSessionStore(path);
  expect(await store.get('1')).toBeUndefined();
  await Promise.all([store.set('1', 'session-one'), store.set('2', 'session-two')]);
  expect(await new FileTelegramSessionStore(path).get('2')).toBe('session-two');
  await store.delete('1');
  expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ '2': 'session-two' });
  expect((await stat(path)).mode & 0o777).toBe(0o600);
});

test('memory store never prints its sessions', async () => {
  const store = new MemoryTelegramSessionStore({ '1': '1AAsecret' });
  expect(await store.get('1')).toBe('1AAsecret');
  expect(JSON.stringify({ store })).not.toContain('secret');
});
