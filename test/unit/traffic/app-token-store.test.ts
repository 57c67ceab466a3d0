/**
 * The application token stores: the file store writes atomically (temp file + rename, 0600) and
 * reads back what it wrote; a corrupt file stops start-up with one config line that never quotes
 * the contents; the memory store; the Redis key part holds no secret.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProblemList } from '../../../src/config/env-readers.js';
import {
  appTokenKey,
  MemoryAppTokenStore,
  parseStoredAppToken,
  seedHash,
  type AppTokenStore,
  type StoredAppToken,
} from '../../../src/backends/bitrix24/traffic/app-token-store.js';
import {
  checkAppTokenFile,
  FileAppTokenStore,
} from '../../../src/backends/bitrix24/traffic/file-app-token-store.js';
import { readTrafficConfig } from '../../../src/config/traffic-config.js';

const pair = (n: number): StoredAppToken => ({
  accessToken: `access-secret-${n}`,
  refreshToken: `refresh-secret-${n}`,
  expiresAt: 1_700_000_000_000 + n,
  obtainedAt: 1_699_999_000_000 + n,
  seed: seedHash('configured-seed'),
});

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-token-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('FileAppTokenStore', () => {
  it('starts empty when the file does not exist yet, then reads back what it saved', async () => {
    const store = new FileAppTokenStore(join(dir, 'app-token.json'));
    await expect(store.load()).resolves.toBeUndefined();
    await store.save(pair(1));
    await expect(store.load()).resolves.toEqual(pair(1));
    await store.save(pair(2));
    await expect(store.load()).resolves.toEqual(pair(2));
    // A second store on the same file ("a restart") sees the last pair.
    await expect(new FileAppTokenStore(join(dir, 'app-token.json')).load()).resolves.toEqual(pair(2));
  });

  it('writes the file with mode 0600 and leaves no temporary file behind', async () => {
    const path = join(dir, 'app-token.json');
    const store = new FileAppTokenStore(path);
    await store.save(pair(1));
    await store.save(pair(2));
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['app-token.json']);
  });

  it('replaces the file by rename (a reader never sees half a write)', async () => {
    const path = join(dir, 'app-token.json');
    const store = new FileAppTokenStore(path);
    await store.save(pair(1));
    const before = statSync(path).ino;
    await store.save(pair(2));
    // A new inode: the old file was replaced whole, not rewritten in place.
    expect(statSync(path).ino).not.toBe(before);
  });

  it('concurrent saves leave one complete pair', async () => {
    const path = join(dir, 'app-token.json');
    const store = new FileAppTokenStore(path);
    await Promise.all([1, 2, 3, 4, 5].map((n) => store.save(pair(n))));
    const loaded = await store.load();
    expect([1, 2, 3, 4, 5].map(pair)).toContainEqual(loaded);
    expect(readdirSync(dir)).toEqual(['app-token.json']);
  });

  it.each([
    ['not JSON', 'access-secret-x {', 'invalid JSON'],
    ['not an object', '"access-secret-x"', 'not a JSON object'],
    ['missing tokens', '{"accessToken":"access-secret-x"}', 'accessToken and refreshToken'],
    [
      'a bad date',
      '{"accessToken":"access-secret-x","refreshToken":"r","obtainedAt":"now","expiresAt":null}',
      'obtainedAt must be a number',
    ],
  ])('a corrupt file (%s) is one clear line at start-up, without its contents', (_name, text, reason) => {
    const path = join(dir, 'app-token.json');
    writeFileSync(path, text);
    const line = checkAppTokenFile(path);
    expect(line).toContain(`BITRIX24_APP_TOKEN_FILE ${path} is not a stored application token (${reason}`);
    expect(line).toContain('fix or delete it');
    expect(line).not.toContain('access-secret');
    expect(line).not.toContain('\n');
    expect(() => new FileAppTokenStore(path)).toThrow(line);
  });

  it('a directory that does not exist is refused at start-up', () => {
    const path = join(dir, 'missing', 'app-token.json');
    expect(checkAppTokenFile(path)).toMatch(
      /^BITRIX24_APP_TOKEN_FILE .*: its directory is not writable \(ENOENT\)$/,
    );
  });
});

describe('BITRIX24_APP_TOKEN_FILE in the configuration', () => {
  const APP = {
    BITRIX24_APP_CLIENT_ID: 'local.app',
    BITRIX24_APP_CLIENT_SECRET: 'secret',
    BITRIX24_APP_REFRESH_TOKEN: 'refresh',
  };
  const read = (env: Record<string, string>) => {
    const problems = new ProblemList();
    const config = readTrafficConfig(env, problems);
    return { config, problems: problems.lines };
  };

  it('is read with the application credentials', () => {
    const path = join(dir, 'app-token.json');
    const { config, problems } = read({ ...APP, BITRIX24_APP_TOKEN_FILE: path });
    expect(problems).toEqual([]);
    expect(config.app?.tokenFile).toBe(path);
  });

  it('a corrupt file is a config problem', () => {
    const path = join(dir, 'app-token.json');
    writeFileSync(path, '{ broken refresh-secret');
    const { problems } = read({ ...APP, BITRIX24_APP_TOKEN_FILE: path });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^BITRIX24_APP_TOKEN_FILE .* is not a stored application token \(invalid JSON\)/,
    );
    expect(problems[0]).not.toContain('refresh-secret');
  });

  it('without the application credentials it is a config problem', () => {
    const { problems } = read({ BITRIX24_APP_TOKEN_FILE: join(dir, 'app-token.json') });
    expect(problems).toEqual([
      'BITRIX24_APP_TOKEN_FILE needs BITRIX24_APP_CLIENT_ID, _CLIENT_SECRET and _REFRESH_TOKEN',
    ]);
  });
});

describe('MemoryAppTokenStore', () => {
  it('keeps the last pair for the life of the process, as a copy', async () => {
    const store = new MemoryAppTokenStore();
    await expect(store.load()).resolves.toBeUndefined();
    const saved = pair(1);
    await store.save(saved);
    saved.accessToken = 'changed by the caller';
    await expect(store.load()).resolves.toEqual(pair(1));
    await store.save(pair(2));
    await expect(store.load()).resolves.toEqual(pair(2));
    // One process only: no cross-replica lock.
    expect((store as AppTokenStore).tryLock).toBeUndefined();
  });
});

describe('store keys and parsing', () => {
  it('appTokenKey names the endpoint origin and a hash of the client id', () => {
    const key = appTokenKey('https://oauth.bitrix.info/oauth/token/', 'local.abc123.secretish');
    expect(key).toMatch(/^https:\/\/oauth\.bitrix\.info:[0-9a-f]{16}$/);
    expect(key).not.toContain('local.abc123');
    expect(appTokenKey('https://oauth.bitrix.info/other', 'local.abc123.secretish')).toBe(key);
    expect(appTokenKey('https://oauth.bitrix.info/', 'local.other')).not.toBe(key);
    expect(appTokenKey('http://127.0.0.1:9999/oauth/token/', 'local.abc123.secretish')).not.toBe(key);
  });

  it('seedHash identifies a configured refresh token without containing it', () => {
    expect(seedHash('refresh-secret')).toBe(seedHash('refresh-secret'));
    expect(seedHash('refresh-secret')).not.toBe(seedHash('refresh-secret2'));
    expect(seedHash('refresh-secret')).not.toContain('refresh');
  });

  it('parseStoredAppToken accepts a pair without seed and expiresAt null', () => {
    const text = JSON.stringify({ accessToken: 'a', refreshToken: 'r', obtainedAt: 1, expiresAt: null });
    expect(parseStoredAppToken(text)).toEqual({
      ok: true,
      token: { accessToken: 'a', refreshToken: 'r', obtainedAt: 1, expiresAt: null },
    });
  });
});
