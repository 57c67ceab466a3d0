/**
 * The rotated application token survives restarts and is shared by replicas, over real HTTP to the
 * emulator's /oauth/token/ (refresh tokens are single-use there, as on Bitrix24):
 * - two replicas sharing Redis, with the same configured refresh token: at first use and again after
 *   the token expires, concurrent expired_token on both → exactly one refresh; all calls succeed;
 * - a "restart" (new AppTokens, same store, the configured refresh token long spent) works
 *   without invalid_grant;
 * - the same with BITRIX24_APP_TOKEN_FILE; and without a store the restart fails (the test's control).
 * Redis parts need the `redis-server` binary and are skipped, saying so, without it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { startEmulator, type RunningEmulator } from '../../../src/emulators/bitrix24/index.js';
import {
  DEFAULT_APP_CLIENT_ID,
  DEFAULT_APP_CLIENT_SECRET,
} from '../../../src/emulators/bitrix24/store/default-seed.js';
import { PortalError } from '../../../src/backends/bitrix24/index.js';
import { appTokenKey, type AppTokenStore } from '../../../src/backends/bitrix24/traffic/app-token-store.js';
import { AppTokens } from '../../../src/backends/bitrix24/traffic/app-tokens.js';
import { FileAppTokenStore } from '../../../src/backends/bitrix24/traffic/file-app-token-store.js';
import { RedisAppTokenStore } from '../../../src/backends/bitrix24/traffic/redis-app-token-store.js';
import { mintTestToken } from '../../support/emulator.js';
import { engineFor } from '../traffic/traffic-helpers.js';
import { expireTokensIssuedSince, issuedTokens } from './app-token-harness.js';
import { redisServerInstalled, startRedis, type RedisProcess } from '../../../bench/redis-process.js';

const hasRedisServer = redisServerInstalled();

if (!hasRedisServer)
  console.warn('app-token-store.test.ts: Redis cases skipped: redis-server is not installed');
const withRedis = hasRedisServer ? describe : describe.skip;

let emu: RunningEmulator;
beforeAll(async () => {
  emu = await startEmulator({ port: 0, limits: { enabled: false } });
});
afterAll(async () => {
  await emu.close();
});

const stores: AppTokenStore[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close?.()));
});

/** One server process: its AppTokens and the traffic engine that refreshes them on expired_token. */
function replica(refreshToken: string, store: AppTokenStore) {
  stores.push(store);
  const tokens = new AppTokens({
    clientId: DEFAULT_APP_CLIENT_ID,
    clientSecret: DEFAULT_APP_CLIENT_SECRET,
    refreshToken,
    portalUrl: emu.url,
    oauthUrl: `${emu.url}/oauth/token/`,
    store,
  });
  const engine = engineFor({ appTokens: tokens });
  const call = async () => engine.call('im.dialog.get', { DIALOG_ID: 'chat1' }, await tokens.credential());
  return { tokens, call };
}

/** The configured seed: a refresh token the emulator issued for the app (its access token is expired). */
async function seed(): Promise<string> {
  return (await mintTestToken(emu, { userId: 1, expiresInSeconds: 0 })).refreshToken;
}

/** New access tokens the token endpoint issued while `run` ran (each refresh issues exactly one). */
async function refreshesDuring(run: () => Promise<unknown>): Promise<number> {
  const before = issuedTokens(emu);
  await run();
  return issuedTokens(emu).size - before.size;
}

withRedis('two replicas sharing Redis', () => {
  let redis: RedisProcess;
  let n = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.close();
  });

  const redisStore = (prefix: string) =>
    new RedisAppTokenStore({
      url: redis.url,
      key: appTokenKey(`${emu.url}/oauth/token/`, DEFAULT_APP_CLIENT_ID),
      prefix,
    });

  it('one refresh among them at first use and after expiry; a restart works without invalid_grant', async () => {
    const prefix = `t${(n += 1)}:`;
    const configured = await seed();
    const a = replica(configured, redisStore(prefix));
    const b = replica(configured, redisStore(prefix));

    // First use on both at once: one of them refreshes, the other picks the stored pair up.
    const first = await refreshesDuring(() => Promise.all([a.call(), b.call(), a.call(), b.call()]));
    expect(first).toBe(1);
    expect(a.tokens.refreshes + b.tokens.refreshes).toBe(1);

    // The shared token expires: both get expired_token concurrently → still one refresh.
    const before = issuedTokens(emu);
    await a.call();
    expect(expireTokensIssuedSince(emu, new Set())).toBeGreaterThan(0);
    const logAtExpiry = emu.calls().length;
    const afterExpiry = await refreshesDuring(() =>
      Promise.all([a.call(), b.call(), a.call(), b.call(), a.call(), b.call()]),
    );
    expect(afterExpiry).toBe(1);
    expect(a.tokens.refreshes + b.tokens.refreshes).toBe(2);
    expect(issuedTokens(emu).size - before.size).toBe(1);
    // Each replica really was refused first (its own engine, its own expired_token).
    const expired = emu
      .calls()
      .slice(logAtExpiry)
      .filter((x) => x.errorCode === 'expired_token');
    expect(expired.length).toBeGreaterThanOrEqual(2);

    // "Restart" both with the same, long spent, configured refresh token.
    const c = replica(configured, redisStore(prefix));
    await expect(refreshesDuring(() => c.call())).resolves.toBe(0);
    expireTokensIssuedSince(emu, new Set());
    const d = replica(configured, redisStore(prefix));
    await expect(refreshesDuring(() => Promise.all([c.call(), d.call()]))).resolves.toBe(1);
    const refused = emu.calls().filter((x) => x.errorCode === 'invalid_grant');
    expect(refused).toEqual([]);
  });

  it('key names hold no secret and no client id in clear', async () => {
    const prefix = `t${(n += 1)}:`;
    const configured = await seed();
    await replica(configured, redisStore(prefix)).call();
    const client = new Redis(redis.url);
    try {
      const keys = await client.keys(`${prefix}*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toMatch(/^t\d+:app-token:http:\/\/127\.0\.0\.1:\d+:[0-9a-f]{16}$/);
      expect(keys[0]).not.toContain(DEFAULT_APP_CLIENT_ID);
      // The value is the pair (a secret): it is what a restart reads.
      const stored = JSON.parse((await client.get(keys[0]!)) ?? '{}') as { refreshToken?: string };
      expect(stored.refreshToken).toEqual(expect.any(String));
      expect(stored.refreshToken).not.toBe(configured);
    } finally {
      client.disconnect();
    }
  });

  it('a replica still holding a refresh token another one rotated re-reads the store on invalid_grant', async () => {
    const prefix = `t${(n += 1)}:`;
    const configured = await seed();
    const a = replica(configured, redisStore(prefix));
    await a.call();
    // b read the store just before a saved, so it still holds the configured (now spent) refresh
    // token; its refresh is refused with invalid_grant and it must find a's pair in the store.
    const shared = redisStore(prefix);
    const b = replica(configured, {
      location: 'stale view',
      loaded: false,
      async load() {
        if (!this.loaded) {
          this.loaded = true;
          return undefined; // as if b read the store just before a saved
        }
        return shared.load();
      },
      save: (t) => shared.save(t),
      close: () => shared.close(),
    } as AppTokenStore & { loaded: boolean });
    await expect(b.call()).resolves.toBeDefined();
    expect(b.tokens.refreshes).toBe(0);
  });
});

describe('BITRIX24_APP_TOKEN_FILE', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'app-token-it-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('a restart with the file works after the configured refresh token was spent', async () => {
    const configured = await seed();
    const path = join(dir, 'app-token.json');
    const first = replica(configured, new FileAppTokenStore(path));
    await expect(refreshesDuring(() => first.call())).resolves.toBe(1);

    // Restart: the stored (valid) access token is used as is.
    const second = replica(configured, new FileAppTokenStore(path));
    await expect(refreshesDuring(() => second.call())).resolves.toBe(0);
    // It expires: refreshed with the stored refresh token, not the spent configured one.
    expireTokensIssuedSince(emu, new Set());
    await expect(refreshesDuring(() => second.call())).resolves.toBe(1);
    const third = replica(configured, new FileAppTokenStore(path));
    expireTokensIssuedSince(emu, new Set());
    await expect(refreshesDuring(() => third.call())).resolves.toBe(1);
  });

  it('control: without a store, a restart with the spent refresh token is refused (invalid_grant)', async () => {
    const configured = await seed();
    await replica(configured, {
      location: 'memory',
      load: async () => undefined,
      save: async () => {},
    }).call();
    const restarted = replica(configured, {
      location: 'memory',
      load: async () => undefined,
      save: async () => {},
    });
    const error = await restarted.call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortalError);
    expect(error).toMatchObject({ code: 'invalid_grant', method: 'oauth.token' });
  });
});
